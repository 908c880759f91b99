"""Public pages may be kept by browsers for a short while and by front caches, which
publishing purges, for longer (per-visitor pages say `private`: tests/involved, tests/stack)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from tests.home.factories import ContentPageFactory, HomePageFactory


@pytest.mark.django_db
def test_public_pages_are_kept_longer_by_purged_caches_than_by_browsers(
    client, home_page, settings
):
    ContentPageFactory(parent=home_page, slug="about", title="About")

    about = client.get("/en/about/")
    home = client.get("/en/")

    assert about.status_code == home.status_code == 200
    browsers = f"public, max-age={settings.PUBLIC_CACHE_MAX_AGE}"
    assert about["Cache-Control"] == f"{browsers}, s-maxage={settings.PUBLIC_CACHE_S_MAXAGE}"
    # The home page lists upcoming events, which the date changes as well as publishing.
    assert home["Cache-Control"] == f"{browsers}, s-maxage={settings.DATED_CACHE_S_MAXAGE}"


@pytest.mark.django_db
def test_cached_routes_follow_each_publication_move_and_unpublication(client, home_page):
    """The page a URL leads to is kept with the site-wide fragments (home/routing.py): what the
    Secretariat publishes, moves or unpublishes shows at the very next request."""
    about = ContentPageFactory(parent=home_page, slug="about", title="About")
    page = ContentPageFactory(parent=about, slug="governance", title="Governance")
    assert client.get("/en/about/governance/").status_code == 200
    assert client.get("/en/about/governance/").status_code == 200  # now from the cache

    page.title = "Governance bodies"
    page.save_revision().publish()
    assert "Governance bodies" in client.get("/en/about/governance/").content.decode()

    page.move(home_page, pos="last-child")
    # The old URL no longer finds the page: Wagtail's redirect, made on the move, answers.
    assert client.get("/en/about/governance/")["Location"] == "/en/governance/"
    assert client.get("/en/governance/").status_code == 200

    page.refresh_from_db()
    page.unpublish()
    assert client.get("/en/governance/").status_code == 404


@pytest.mark.django_db
def test_the_site_and_its_root_page_are_found_from_the_cache_and_follow_a_change(
    client, home_page, root_page
):
    """Which site a host name serves, and its home page in the reader's language, are kept with
    the fragments (sitewide/routing.py); a change of site shows at the next request."""
    ContentPageFactory(parent=home_page, slug="about", title="About")
    client.get("/en/about/?from=newsletter")  # a query string: built each time
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/en/about/?from=newsletter").status_code == 200
    tables = " ".join(query["sql"] for query in ctx.captured_queries)
    assert "wagtailcore_site" not in tables
    assert "wagtailcore_page" not in tables

    partners = HomePageFactory(parent=root_page, slug="partners", title="Partners' home")
    site = Site.objects.create(hostname="partners.example", port=80, root_page=partners)
    assert "Partners&#x27; home" in client.get("/en/", HTTP_HOST="partners.example").text

    site.root_page = home_page
    site.save()
    assert "Welcome to the Initiative" in client.get("/en/", HTTP_HOST="partners.example").text
