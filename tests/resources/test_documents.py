"""Documents: what the admin accepts, and how readers receive the files."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document
from wagtail.models import Collection

from tests.resources.factories import DocumentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model, root_page):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def upload(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


def test_admin_accepts_an_allowed_document_within_the_limit(editor_client, settings):
    settings.DOCUMENT_MAX_UPLOAD_SIZE = 1024

    response = upload(editor_client, "criteria.pdf", b"%PDF-1.4 " + b"x" * 100)

    assert response.status_code == 302
    document = Document.objects.get()
    assert document.file_extension == "pdf"
    assert document.file_size == 109


def test_admin_refuses_an_oversized_document_with_a_localised_message(editor_client, settings):
    settings.DOCUMENT_MAX_UPLOAD_SIZE = 1024

    english = upload(editor_client, "big.pdf", b"x" * 2048)
    editor_client.cookies["django_language"] = "fr"  # the admin speaks the editor's language
    french = upload(editor_client, "big.pdf", b"x" * 2048)

    assert english.status_code == 200
    assert not Document.objects.exists()
    assert "This file is 2.0\xa0KB; documents may be at most 1.0\xa0KB." in english.content.decode()
    assert "les documents ne peuvent dépasser" in french.content.decode()


def test_admin_refuses_extensions_outside_the_allow_list(editor_client):
    response = upload(editor_client, "tool.exe", b"MZ")

    assert response.status_code == 200
    assert not Document.objects.exists()
    assert "pdf, docx, xlsx, pptx, odt, ods, odp, csv, zip" in response.content.decode()


@pytest.mark.parametrize(
    ("name", "content_type", "disposition"),
    [
        ("criteria.pdf", "application/pdf", 'inline; filename="criteria.pdf"'),
        ("pillars.csv", "text/csv", 'attachment; filename="pillars.csv"'),
        (
            "plan.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            'attachment; filename="plan.docx"',
        ),
    ],
)
def test_documents_are_served_with_their_type_and_name(
    client, root_page, name, content_type, disposition
):
    document = DocumentFactory(file=SimpleUploadedFile(name, b"content"))

    response = client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == disposition
    assert b"".join(response.streaming_content) == b"content"
