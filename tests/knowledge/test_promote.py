"""The Secretariat proposes a shared item for the public resource library in one action: it
becomes a draft resource page for review, never a public page; nobody else may do it."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.models import Page

from editorial.roles import setup_roles
from knowledge.models import KnowledgeItem
from tests.editorial.factories import UserFactory as EditorialUserFactory
from tests.home.factories import TopicFactory
from tests.news.factories import NewsAndResourcesPageFactory
from tests.resources.factories import ResourceIndexPageFactory, ResourceTypeFactory

from .factories import KnowledgeItemFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def library(home_page):
    section = NewsAndResourcesPageFactory(parent=home_page)
    ResourceTypeFactory(name="Report", slug="report")
    return ResourceIndexPageFactory(parent=section)


@pytest.fixture
def roles(home_page):
    setup_roles(log=lambda message: None)


def admin_client(group):
    client = Client()
    client.force_login(EditorialUserFactory(username=group.lower(), groups=[group]))
    return client


def test_a_moderator_promotes_an_item_to_a_draft_resource_page(roles, library):
    topic = TopicFactory(name="Soil carbon", slug="soil-carbon")
    item = KnowledgeItemFactory(title="Cover crops <b>guide</b>", summary="Three seasons.")
    item.topics.add(topic)
    moderator = admin_client("Moderators")
    listing = moderator.get("/admin/platform/knowledge/").content.decode()
    assert (
        "Propose for the library" in listing and "Cover crops &lt;b&gt;guide&lt;/b&gt;" in listing
    )

    response = moderator.post(f"/admin/platform/knowledge/{item.pk}/promote/", follow=True)
    item.refresh_from_db()
    page = item.promoted_page.specific
    assert type(page).__name__ == "ResourcePage" and page.get_parent().pk == library.pk
    assert not page.live and page.has_unpublished_changes and page.latest_revision is not None
    assert page.title == item.title and page.intro == "Three seasons."
    assert page.external_url == item.url
    assert list(page.topics.values_list("slug", flat=True)) == ["soil-carbon"]
    html = response.content.decode()
    assert "is now a draft resource page, not published" in html
    assert f'href="/admin/pages/{page.pk}/edit/"' in html
    assert "Cover crops &lt;b&gt;guide&lt;/b&gt;" in html  # the member's title stays text
    # Not public: the library's visitors do not see it.
    assert Client().get(library.url).content.decode().count("Cover crops") == 0
    # A second click changes nothing: the same draft is linked.
    moderator.post(f"/admin/platform/knowledge/{item.pk}/promote/")
    assert Page.objects.type(type(page)).count() == 1


def test_a_promoted_file_stays_for_members_until_the_secretariat_moves_it(
    roles, library, member_client
):
    member_client.post(
        "/en/platform/knowledge/share/",
        {
            "title": "Trial data",
            "summary": "S",
            "language": "fr",
            "file": SimpleUploadedFile("trial.pdf", PDF),
        },
    )
    item = KnowledgeItem.objects.get()
    response = admin_client("Moderators").post(
        f"/admin/platform/knowledge/{item.pk}/promote/", follow=True
    )
    assert "Its file stays for members only" in response.content.decode()
    item.refresh_from_db()
    page = Page.objects.get(pk=item.promoted_page_id).specific
    [resource_file] = page.files.all()
    assert resource_file.document == item.document and resource_file.language == "fr"
    assert Client().get(item.document.url).status_code == 302  # still not public


@pytest.mark.parametrize("group", ["Editors", "French translators"])
def test_only_the_secretariat_may_promote(roles, library, group):
    item = KnowledgeItemFactory()
    client = admin_client(group)
    assert client.get("/admin/platform/knowledge/").status_code == 403
    assert client.post(f"/admin/platform/knowledge/{item.pk}/promote/").status_code == 403
    item.refresh_from_db()
    assert item.promoted_page is None


def test_a_member_never_reaches_the_admin_action(roles, library, member_client):
    item = KnowledgeItemFactory()
    response = member_client.post(f"/admin/platform/knowledge/{item.pk}/promote/")
    assert response.status_code in (302, 403)
    item.refresh_from_db()
    assert item.promoted_page is None
