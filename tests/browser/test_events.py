"""The events listing in a real browser: the filter form and accessibility."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_reader import assert_accessible

pytestmark = pytest.mark.browser


def test_french_reader_filters_past_events_by_category(page, live_server, initial_content):
    page.goto(f"{live_server.url}/fr/evenements/past/")
    expect(page.locator("h1")).to_have_text("Événements passés")
    assert_accessible(page)

    page.get_by_label("Catégorie").select_option(
        label="Journée de l’Initiative «\u00a04 pour 1000\u00a0»"
    )
    page.get_by_role("button", name="Filtrer").click()

    expect(page).to_have_url(
        f"{live_server.url}/fr/evenements/past/?category=initiative-day&country=&year="
    )
    cards = page.locator(".event-card")
    expect(cards).to_have_count(1)
    expect(cards.first).to_contain_text("13 décembre 2018 · Katowice, Pologne")

    cards.first.get_by_role("link").click()
    # Translated, with its French slug: no notice.
    expect(page.locator("h1")).to_have_text("2e Journée de l’Initiative «\u00a04 pour 1000\u00a0»")
    expect(page).to_have_url(f"{live_server.url}/fr/evenements/journee-initiative-2-katowice-2018/")
    expect(page.get_by_role("note")).to_have_count(0)
    assert_accessible(page)
