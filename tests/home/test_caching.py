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
