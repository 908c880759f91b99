"""Documents: what the admin accepts, and how readers receive the files."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document
from wagtail.models import Collection
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from resources.models import ResourcePage
from tests.resources.factories import DocumentFactory, ResourceTypeFactory

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


def test_editors_choose_among_the_resource_types_of_the_pages_language(
    editor_client, locales, resource_index, translate
):
    official = ResourceTypeFactory(name="Official document")
    translate(official, locales["fr"], {"Official document": "Document officiel"})

    response = editor_client.get(f"/admin/pages/add/resources/resourcepage/{resource_index.pk}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert ">Official document</option>" in html
    assert "Document officiel" not in html


def test_editor_publishes_a_resource_with_files_in_two_languages(editor_client, resource_index):
    guide = ResourceTypeFactory(name="Guide or report")
    english, spanish = DocumentFactory(), DocumentFactory()
    data = nested_form_data(
        {
            "title": "Agroforestry guide",
            "slug": "agroforestry-guide",
            "intro": "How trees store carbon in farmland.",
            "body": streamfield([]),
            "resource_type": guide.pk,
            "publication_year": 2019,
            "doi": "https://doi.org/10.1111/gcb.13178",
            "files": inline_formset(
                [
                    {"document": english.pk, "language": "en"},
                    {"document": spanish.pk, "language": "es"},
                ]
            ),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )

    response = editor_client.post(
        f"/admin/pages/add/resources/resourcepage/{resource_index.pk}/", data
    )

    assert response.status_code == 302, response.context["form"].errors
    page = ResourcePage.objects.get(slug="agroforestry-guide", locale=resource_index.locale)
    assert page.live
    assert page.doi == "10.1111/gcb.13178"
    assert [(f.document_id, f.language) for f in page.files.all()] == [
        (english.pk, "en"),
        (spanish.pk, "es"),
    ]
