"""A member corrects or withdraws what they shared; nobody else can."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

from knowledge.models import KnowledgeItem
from tests.members.factories import MemberProfileFactory

from .factories import KnowledgeItemFactory
from .test_knowledge import PDF, pdf

pytestmark = pytest.mark.django_db


def share_file(member_client):
    member_client.post(
        "/en/platform/knowledge/share/",
        {"title": "Trial results", "summary": "Data.", "language": "fr", "file": pdf()},
    )
    return KnowledgeItem.objects.get()


def test_the_author_edits_a_link_and_sees_it_saved(member_client, member):
    item = KnowledgeItemFactory(author=member.user, title="Cover crop", pillars=",2,")
    page = member_client.get(f"/fr/platform/knowledge/{item.pk}/").content.decode()
    assert f'href="/fr/platform/knowledge/{item.pk}/edit/">Modifier</a>' in page
    form = member_client.get(f"/en/platform/knowledge/{item.pk}/edit/").content.decode()
    assert 'value="Cover crop"' in form and 'value="https://example.org/report"' in form
    assert 'name="file"' not in form  # a link stays a link
    response = member_client.post(
        f"/en/platform/knowledge/{item.pk}/edit/",
        {
            "title": "Cover crops",
            "summary": "Corrected.",
            "language": "en",
            "pillar_codes": ["1"],
            "url": "https://example.org/new",
        },
        follow=True,
    )
    assert "Your changes are saved." in response.content.decode()
    item.refresh_from_db()
    assert (item.title, item.summary, item.url, item.pillars) == (
        "Cover crops",
        "Corrected.",
        "https://example.org/new",
        ",1,",
    )


def test_an_edit_with_errors_keeps_what_was_typed(member_client, member):
    item = KnowledgeItemFactory(author=member.user)
    response = member_client.post(
        f"/es/platform/knowledge/{item.pk}/edit/",
        {"title": "Nuevo título", "summary": "Nuevo resumen", "language": "es", "url": ""},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Nuevo título"' in html and "Nuevo resumen" in html
    assert "Este campo es necesario." in html
    item.refresh_from_db()
    assert item.title.startswith("Shared item")


def test_a_document_keeps_its_file_or_takes_a_checked_new_one(member_client):
    item = share_file(member_client)
    old_name = item.document.file.name
    edit = f"/en/platform/knowledge/{item.pk}/edit/"
    fields = {"title": "Trial results 2025", "summary": "Data.", "language": "fr"}
    member_client.post(edit, fields)
    item.refresh_from_db()
    assert item.document.title == "Trial results 2025"
    assert item.document.file.name == old_name
    # A new file goes through the same checks as a first one.
    refused = member_client.post(
        edit, {**fields, "file": SimpleUploadedFile("x.pdf", b"<html></html>")}
    )
    assert "is not a PDF file" in refused.content.decode()
    new = PDF.replace(b"<< >>", b"<< /New true >>", 1)
    member_client.post(edit, {**fields, "file": pdf("new.pdf", new)})
    item.refresh_from_db()
    assert item.document.file.read() == new
    assert not item.document.file.storage.exists(old_name)
    assert item.document.collection.name == "Shared knowledge"


@pytest.mark.parametrize("path", ["edit/", "delete/"])
def test_another_member_cannot_change_or_delete_it(client, member, path):
    item = KnowledgeItemFactory(author=member.user)
    other = MemberProfileFactory()
    client.force_login(other.user)
    assert client.get(f"/en/platform/knowledge/{item.pk}/{path}").status_code == 403
    assert (
        client.post(f"/en/platform/knowledge/{item.pk}/{path}", {"title": "x"}).status_code == 403
    )
    assert KnowledgeItem.objects.get().title == item.title
    page = client.get(f"/en/platform/knowledge/{item.pk}/").content.decode()
    assert "/edit/" not in page and "/delete/" not in page


def test_deleting_a_link_does_not_speak_of_a_file(member_client, member):
    item = KnowledgeItemFactory(author=member.user)
    confirm = member_client.get(f"/en/platform/knowledge/{item.pk}/delete/").content.decode()
    assert "will no longer be in Shared knowledge. This cannot be undone." in confirm
    assert "file" not in confirm.split("<h1>")[1].split("</form>")[0]


def test_the_author_deletes_it_after_confirming_and_the_file_goes(
    member_client, django_capture_on_commit_callbacks
):
    item = share_file(member_client)
    document = item.document
    confirm = member_client.get(f"/fr/platform/knowledge/{item.pk}/delete/").content.decode()
    assert "Trial results" in confirm and "son fichier sera supprimé" in confirm
    assert KnowledgeItem.objects.exists()  # asking is not deleting
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail deletes files then
        response = member_client.post(f"/fr/platform/knowledge/{item.pk}/delete/", follow=True)
    assert response.redirect_chain[-1][0] == "/fr/platform/knowledge/"
    assert "Trial results" in response.content.decode()  # in the confirmation message
    assert not KnowledgeItem.objects.exists()
    assert not get_document_model().objects.filter(pk=document.pk).exists()
    assert not document.file.storage.exists(document.file.name)


def test_a_file_made_public_for_the_library_stays_when_the_item_goes(member_client):
    from sitewide.media_collections import public_documents_collection

    item = share_file(member_client)
    document = item.document
    document.collection = public_documents_collection()
    document.save()
    member_client.post(f"/en/platform/knowledge/{item.pk}/delete/")
    assert not KnowledgeItem.objects.exists()
    assert get_document_model().objects.filter(pk=document.pk).exists()
