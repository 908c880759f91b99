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
    expect(page.get_by_role("note")).to_contain_text("Cette page n’a pas encore été traduite")
    assert_accessible(page)
