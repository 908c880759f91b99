"""What a reader sees in a real browser: language switching, accessibility, small screens."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from events.models import EventIndexPage
from sitewide.content_loading import synchronise_trees
from tests.events.factories import EventPageFactory

pytestmark = pytest.mark.browser

WCAG_22_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    }
}


# Colours are measured once messages and panels have finished fading in (a fade takes well
# under 3 s; longer animations, such as a message leaving after a while, are not waited for).
FINISHED_ANIMATIONS = """Promise.race([
    Promise.all(document.getAnimations()
        .filter((a) => a.effect.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => null))),
    new Promise((resolve) => setTimeout(resolve, 3000)),
])"""


# Wagtail's admin shows its messages after a 100 ms timer, then fades them in over 0.5 s: axe run
# before the timer (no animation to wait for yet) reads half-transparent white text on green.
MESSAGES_SHOWN = """() => [...document.querySelectorAll('.messages > ul')]
    .every((ul) => !ul.children.length || getComputedStyle(ul).opacity === '1')"""


def settle(page):
    """Let the page finish appearing before axe reads its colours."""
    page.wait_for_function(MESSAGES_SHOWN)
    page.evaluate(FINISHED_ANIMATIONS)


def assert_accessible(page):
    settle(page)
    results = Axe().run(page, options=WCAG_22_AA)
    assert results.violations_count == 0, results.generate_report()


def test_reader_switches_from_english_to_french(page, live_server, initial_content):
    page.goto(f"{live_server.url}/en/")
    expect(page.locator("h1")).to_have_text("Welcome to the “4 per 1000” Initiative")
    assert_accessible(page)

    page.get_by_role("navigation", name="Languages").get_by_role("link", name="Français").click()

    expect(page).to_have_url(f"{live_server.url}/fr/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("h1")).to_have_text("Bienvenue dans l’Initiative «\u00a04 pour 1000\u00a0»")
    expect(
        page.get_by_role("heading", name="Pourquoi parle-t-on de «\u00a04 pour 1000\u00a0»\u202f?")
    ).to_be_visible()
    expect(
        page.get_by_role("navigation", name="Principale").get_by_role("link", name="Accueil")
    ).to_be_visible()
    expect(page.locator("footer")).to_contain_text(
        "les sols pour la sécurité alimentaire et le climat"
    )
    assert_accessible(page)


def test_untranslated_page_in_french_is_announced(page, live_server, initial_content_to_change):
    # Every page of the initial content is translated: a meeting published in English since.
    events = EventIndexPage.objects.get(locale__language_code="en")
    EventPageFactory(parent=events, slug="new-meeting", title="New meeting")
    synchronise_trees()
    page.goto(f"{live_server.url}/fr/evenements/new-meeting/")

    expect(page.get_by_role("note")).to_contain_text("Cette page n’a pas encore été traduite")
    expect(page.locator("main")).to_have_attribute("lang", "en")
    assert_accessible(page)

    # The switcher's "(not translated yet)" does not make the header taller, in any width.
    for width in (360, 1280):
        page.set_viewport_size({"width": width, "height": 800})
        heights = {}
        for path in ("/en/events/new-meeting/", "/en/events/", "/fr/evenements/new-meeting/"):
            page.goto(live_server.url + path)
            heights[path] = page.locator("header").bounding_box()["height"]
        assert len(set(heights.values())) == 1, (width, heights)


def test_on_a_phone_the_sign_in_form_comes_first(page, live_server, initial_content):
    page.set_viewport_size({"width": 360, "height": 640})
    for language in ("en", "fr", "es"):
        page.goto(f"{live_server.url}/{language}/account/login/")
        password = page.locator("input[type=password]").bounding_box()
        assert password["y"] + password["height"] < 640, "the password field is below the fold"


def test_keyboard_users_can_skip_to_the_content(page, live_server, initial_content):
    page.goto(f"{live_server.url}/en/")

    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    box = skip_link.bounding_box()
    assert box is not None and box["y"] >= 0, "the focused skip link must be on screen"
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_readable_at_320_pixels_without_horizontal_scrolling(page, live_server, initial_content):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server.url}/es/")

    expect(page.locator("h1")).to_be_visible()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
