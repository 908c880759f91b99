"""Public pages may be kept by browsers and front caches for a short while (per-visitor pages
say `private`: tests/involved, tests/stack)."""

import pytest


@pytest.mark.django_db
def test_a_public_page_is_publicly_cacheable_for_a_short_while(client, home_page, settings):
    response = client.get("/en/")

    assert response.status_code == 200
    assert response["Cache-Control"] == f"public, max-age={settings.PUBLIC_CACHE_MAX_AGE}"
