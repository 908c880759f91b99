"""Public pages may be kept by browsers for a short while and by front caches, which
publishing purges, for longer (per-visitor pages say `private`: tests/involved, tests/stack)."""

import pytest

from tests.home.factories import ContentPageFactory


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
