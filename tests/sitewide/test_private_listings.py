"""A page behind a view restriction never shows to an anonymous visitor in any listing: not on
its parent's page (child-page cards), the home page, the news, events and resources listings,
the feeds, the calendar, the menu, the sitemap or search results; its public siblings do."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.home.factories import ContentPageFactory
from tests.news.factories import NewsAndResourcesPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.resources.factories import ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db

SECRET = "Confidential"


def restricted(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


@pytest.fixture
def pages(home_page):
    about = ContentPageFactory(parent=home_page, slug="about", title="About", show_in_menus=True)
    ContentPageFactory(parent=about, slug="governance", title="Governance", intro="Who decides.")
    restricted(
        ContentPageFactory(
            parent=about, slug="board", title=f"{SECRET} board", intro=f"{SECRET} minutes."
        )
    )
    restricted(ContentPageFactory(parent=home_page, title=f"{SECRET} area", show_in_menus=True))
    section = NewsAndResourcesPageFactory(parent=home_page)
    news = NewsIndexPageFactory(parent=section)
    NewsPageFactory(parent=news, title="Open news", intro="Soil carbon news.")
    restricted(NewsPageFactory(parent=news, title=f"{SECRET} news", intro="Soil carbon news."))
    resources = ResourceIndexPageFactory(parent=section)
    ResourcePageFactory(parent=resources, title="Open report", intro="Soil carbon report.")
    restricted(
        ResourcePageFactory(parent=resources, title=f"{SECRET} report", intro="Soil carbon.")
    )
    events = EventIndexPageFactory(parent=home_page)
    EventPageFactory(parent=events, title="Open meeting", intro="Soil carbon meeting.")
    restricted(EventPageFactory(parent=events, title=f"{SECRET} meeting", intro="Soil carbon."))
    return {"about": about, "news": news, "resources": resources, "events": events}


def test_restricted_pages_are_absent_from_every_listing(client, pages):
    shown = {
        pages["about"].url: "Governance",
        "/en/": "Open news",
        pages["news"].url: "Open news",
        "/en/news/feed/": "Open news",
        "/en/news/feed/atom/": "Open news",
        pages["resources"].url: "Open report",
        pages["events"].url: "Open meeting",
        pages["events"].url + "ical/": "Open meeting",
        "/sitemap.xml": "/en/about/governance/",
        "/en/search/?q=soil+carbon": "Open report",
    }
    for url, public_title in shown.items():
        response = client.get(url)
        text = response.content.decode()
        assert response.status_code == 200, url
        assert public_title in text, url
        assert SECRET not in text and "/en/about/board/" not in text, url
    home = client.get("/en/").content.decode()
    assert "About" in home  # the menu is there, without the private area
    assert "Open meeting" in home


def test_a_member_signed_in_still_sees_the_cards_of_the_members_area(client, pages):
    """The cards leave out pages restricted below the page shown, not the page's own area."""
    board = pages["about"].get_children().get(slug="board")
    ContentPageFactory(parent=board, slug="minutes-2024", title="Minutes 2024")
    client.force_login(get_user_model().objects.create_user("member", "m@example.org", "pw"))

    assert "Minutes 2024" in client.get(board.url).content.decode()
