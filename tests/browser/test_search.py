"""Searching from the header in a real browser: a plain form, an accessible results page."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_reader import assert_accessible

pytestmark = pytest.mark.browser


def test_reader_searches_from_the_header_in_french(page, live_server, initial_content):
    page.goto(f"{live_server.url}/fr/")

    page.get_by_role("search").get_by_label("Recherche").fill("sécurité alimentaire")
    page.keyboard.press("Enter")

    expect(page).to_have_url(f"{live_server.url}/fr/search/?q=s%C3%A9curit%C3%A9+alimentaire")
    expect(page.locator("h1")).to_have_text("Recherche")
    # The words found are marked, whatever their case (a title may start with one).
    expect(page.locator(".search-result mark").first).to_have_text(
        re.compile("^sécurité$", re.IGNORECASE)
    )
    assert_accessible(page)


def test_nothing_found_page_is_accessible_on_a_small_screen(page, live_server, initial_content):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server.url}/es/search/?q=zzzz")

    expect(page.get_by_role("heading", name="Ningún resultado para «zzzz»")).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert_accessible(page)
