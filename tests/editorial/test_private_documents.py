"""Declarations of intent are the Secretariat's: no other role can list, change, move, delete or
download one, through any admin URL, nor make a public document private or a private one public.
The roles are the real ones from setup_roles (tests/editorial/conftest.py)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from editorial.roles import setup_roles
from involved.models.join_form import declarations_collection
from sitewide.media_collections import public_documents_collection
from tests.resources.factories import DocumentFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
OTHER_ROLES = ["editor", "fr", "es"]


@pytest.fixture
def declaration(users, media_root):
    return DocumentFactory(
        title="Acme: declaration of intent",
        file=SimpleUploadedFile("declaration-of-intent.pdf", PDF),
        collection=declarations_collection(),
    )


@pytest.fixture
def report(users, media_root):
    return DocumentFactory(
        title="Annual report",
        file=SimpleUploadedFile("report.pdf", PDF),
        collection=public_documents_collection(),
    )


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def root():
    return Collection.get_first_root_node()


def unchanged(document):
    before = (document.title, document.collection_id, document.file.name)
    document.refresh_from_db()
    return (document.title, document.collection_id, document.file.name) == before


def bulk(action, document):
    url = reverse("wagtail_bulk_action", args=["wagtaildocs", "document", action])
    return f"{url}?id={document.pk}&next=/admin/documents/"


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_other_roles_cannot_reach_a_declaration_through_any_admin_url(
    client, users, role, declaration
):
    client.force_login(users[role])
    pk = declaration.pk
    edit = reverse("wagtaildocs:edit", args=[pk])

    listing = client.get(reverse("wagtaildocs:index")).content.decode()
    assert declaration.title not in listing
    assert (
        declaration.title not in client.get(reverse("wagtaildocs:index_results")).content.decode()
    )
    chooser = client.get(reverse("wagtaildocs_chooser:choose"))
    assert chooser.status_code == 200 and declaration.title not in chooser.content.decode()
    chosen = client.get(reverse("wagtaildocs_chooser:chosen", args=[pk]))
    assert declaration.title not in chosen.content.decode()
    for url in (edit, reverse("wagtaildocs:delete", args=[pk])):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert declaration.title not in response.content.decode()
    usage = client.get(reverse("wagtaildocs:document_usage", args=[pk]))
    assert usage.status_code in (302, 403)

    # Moved to the Root, or to the public documents, by the edit form or the bulk action.
    for collection in (root(), public_documents_collection()):
        client.post(edit, {"title": "Public now", "collection": collection.pk})
        client.post(bulk("add_to_collection", declaration), {"collection": collection.pk})
        client.post(
            reverse("wagtaildocs:edit_multiple", args=[pk]),
            {
                f"doc-{pk}-title": "Public now",
                f"doc-{pk}-collection": collection.pk,
            },
        )
        assert unchanged(declaration)
    client.post(reverse("wagtaildocs:delete", args=[pk]))
    client.post(reverse("wagtaildocs:delete_multiple", args=[pk]))
    client.post(bulk("delete", declaration))
    assert Document.objects.filter(pk=pk).exists()

    # Nor can the collection itself be made public, moved or deleted.
    collection = declaration.collection
    client.post(
        reverse("wagtailadmin_collections:set_privacy", args=[collection.pk]),
        {"restriction_type": "none"},
    )
    client.post(
        reverse("wagtailadmin_collections:edit", args=[collection.pk]),
        {"name": collection.name, "parent": public_documents_collection().pk},
    )
    client.post(reverse("wagtailadmin_collections:delete", args=[collection.pk]))
    collection.refresh_from_db()
    assert collection.get_parent() == root()
    assert CollectionViewRestriction.objects.filter(collection=collection).exists()

    # And the file itself is refused: a clear 403, not a trip to the sign-in page.
    download = client.get(declaration.url)
    assert download.status_code == 403
    assert "X-Accel-Redirect" not in download


@pytest.mark.parametrize("role", OTHER_ROLES)
def test_other_roles_cannot_put_a_document_among_the_private_ones(client, users, role, report):
    client.force_login(users[role])
    edit = reverse("wagtaildocs:edit", args=[report.pk])

    form = client.get(edit)
    assert form.status_code == 200
    # Only one collection is theirs: the form offers no choice of collection at all.
    assert form.context["form"].fields.get("collection") is None
    for collection in (declarations_collection(), root()):
        client.post(edit, {"title": report.title, "collection": collection.pk})
        client.post(bulk("add_to_collection", report), {"collection": collection.pk})
        assert unchanged(report)
        client.post(
            reverse("wagtaildocs:add_multiple"),
            {
                "collection": collection.pk,
                "title": "New",
                "files[]": SimpleUploadedFile("n.pdf", PDF),
            },
        )
        client.post(
            reverse("wagtaildocs:add"),
            {"title": "New", "collection": collection.pk, "file": SimpleUploadedFile("n.pdf", PDF)},
        )
    new = Document.objects.filter(title__in=["New", "n.pdf", "n"])
    assert new.exists()  # they can still upload...
    assert set(new.values_list("collection", flat=True)) == {public_documents_collection().pk}


def test_the_secretariat_lists_moves_and_downloads_declarations(client, users, declaration):
    client.force_login(users["moderator"])
    edit = reverse("wagtaildocs:edit", args=[declaration.pk])

    assert declaration.title in client.get(reverse("wagtaildocs:index")).content.decode()
    assert client.get(edit).status_code == 200
    assert client.get(declaration.url).status_code == 200
    client.post(edit, {"title": declaration.title, "collection": public_documents_collection().pk})
    declaration.refresh_from_db()
    assert declaration.collection == public_documents_collection()
    client.post(
        bulk("add_to_collection", declaration), {"collection": declarations_collection().pk}
    )
    declaration.refresh_from_db()
    assert declaration.collection == declarations_collection()
    client.post(reverse("wagtaildocs:delete", args=[declaration.pk]))
    assert not Document.objects.filter(pk=declaration.pk).exists()


def test_documents_left_on_the_root_become_public_documents_for_every_role(
    client, users, media_root
):
    old = DocumentFactory(title="Old report")
    # Saved on the Root before it was the Secretariat's.
    Document.objects.filter(pk=old.pk).update(collection=root())
    setup_roles(log=lambda message: None)

    old.refresh_from_db()
    assert old.collection == public_documents_collection()
    client.force_login(users["editor"])
    assert "Old report" in client.get(reverse("wagtaildocs_chooser:choose")).content.decode()


def test_what_the_secretariat_uploads_on_the_root_is_there_for_editors(client, users, media_root):
    client.force_login(users["moderator"])
    client.post(
        reverse("wagtaildocs:add_multiple"),
        {"collection": root().pk, "files[]": SimpleUploadedFile("criteria.pdf", PDF)},
    )

    (document,) = Document.objects.all()
    assert document.collection == public_documents_collection()
    client.force_login(users["editor"])
    assert document.title in client.get(reverse("wagtaildocs_chooser:choose")).content.decode()


def test_setup_roles_warns_of_a_private_collection_within_the_editors_reach(users):
    board = public_documents_collection().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=board, restriction_type=CollectionViewRestriction.LOGIN
    )
    said = []

    setup_roles(log=said.append)

    assert any("WARNING" in line and "'Board papers'" in line for line in said)
    assert not any("WARNING" in line and "Declarations" in line for line in said)


def test_no_public_page_can_offer_a_declaration_even_from_a_form_sent_by_hand(declaration, report):
    """The choosers do not offer declarations to editors, but a page form can name any id: the
    page refuses it, or the declaration's title would show once the page is approved."""
    from django.core.exceptions import ValidationError

    from resources.models import ResourceFile
    from sitewide.blocks import DocumentBlock

    block = DocumentBlock()
    with pytest.raises(ValidationError) as refused:
        block.clean(block.to_python({"document": declaration.pk, "title": ""}))
    assert "is a private file" in str(refused.value.block_errors["document"])
    assert block.clean(block.to_python({"document": report.pk, "title": ""}))["document"] == report

    with pytest.raises(ValidationError, match="private file"):
        ResourceFile(document=declaration, language="en").clean()
    ResourceFile(document=report, language="en").clean()
