"""The translators' loop in a real browser, as a moderator and a French translator: the English
page changes, the translator sees what changed, syncs, translates and sends it for review; the
moderator asks for a change, then approves, and the French page shows the new text."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from tests.browser.test_reader import assert_accessible
from tests.editorial.factories import UserFactory

pytestmark = pytest.mark.browser

ADDED = " It was launched at COP 21."
FRENCH = "L’Initiative « 4 pour 1000 », lancée à la COP 21, fédère les acteurs volontaires."


def sign_in(browser, live_server, username):
    page = browser.new_context(locale="en-GB").new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("secret-password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    return page


def board_row(page, live_server, title="About"):
    page.goto(f"{live_server.url}/admin/translations/?language=fr")
    # Rows show the translation's title once there is one: found by the English one.
    return page.locator("tbody tr", has=page.locator(f'th[data-source-title="{title}"]'))


def translate_segment(page, english, french):
    """Type a translation into wagtail-localize's editor, as a translator does."""
    segment = page.locator("li", has=page.get_by_text(english, exact=True)).last
    segment.get_by_role("button", name="Translate").or_(
        segment.get_by_role("button", name="Edit")
    ).click()
    segment.locator("textarea").fill(french)
    segment.get_by_role("button", name="Save").click()
    expect(segment.get_by_text(french)).to_be_visible()


def test_out_of_date_translation_round_trip(browser, live_server, initial_content_to_change):
    UserFactory(username="moderator", groups=["Moderators"])
    UserFactory(username="traductrice", groups=["French translators"])
    about = Page.objects.get(locale__language_code="en", url_path__endswith="/about/").specific
    intro = about.intro

    # The moderator republishes the English page with one sentence more.
    moderator = sign_in(browser, live_server, "moderator")
    moderator.goto(f"{live_server.url}/admin/pages/{about.pk}/edit/")
    moderator.locator("#id_intro").fill(intro + ADDED)
    moderator.locator("footer").get_by_role("button", name="More actions").click()
    moderator.get_by_role("button", name="Publish", exact=True).click()
    expect(moderator.get_by_text("has been published")).to_be_visible()

    # The translator sees it out of date, with the added words marked.
    translator = sign_in(browser, live_server, "traductrice")
    row = board_row(translator, live_server)
    expect(row.locator("td[data-state]")).to_contain_text("Out of date")
    row.locator("summary").click()
    expect(row.locator("ins")).to_have_text(ADDED.strip())
    assert_accessible(translator)

    row.get_by_role("link", name="Sync").click()
    expect(translator.get_by_label("Publish immediately")).to_have_count(0)
    assert_accessible(translator)
    translator.get_by_role("button", name="Submit").click()
    panel = translator.locator(".editorial-review")
    expect(panel).to_contain_text("Out of date")
    expect(panel.locator("ins")).to_have_text(ADDED.strip())
    translate_segment(translator, intro + ADDED, FRENCH.rstrip("."))
    assert_accessible(translator)

    row = board_row(translator, live_server)
    row.get_by_role("button", name="Send for review").click()
    expect(board_row(translator, live_server).locator("td[data-state]")).to_have_text("In review")

    # The moderator reads it in the translation editor and asks for a change.
    row = board_row(moderator, live_server)
    row.get_by_role("link", name="Edit").click()
    panel = moderator.locator(".editorial-review")
    panel.get_by_label("Comment for the translator").fill("Il manque le point final.")
    panel.get_by_role("button", name="Request changes").click()
    expect(moderator.locator(".editorial-review")).to_contain_text("Changes requested")
    assert_accessible(moderator)

    # The translator reads the comment, fixes the sentence and sends it again.
    row = board_row(translator, live_server)
    expect(row).to_contain_text("Il manque le point final.")
    row.get_by_role("link", name="Edit").click()
    translate_segment(translator, intro + ADDED, FRENCH)
    translator.locator(".editorial-review").get_by_role("button", name="Send for review").click()
    expect(translator.locator(".editorial-review")).to_contain_text("In review")

    # Approved from the board, it is what visitors read.
    row = board_row(moderator, live_server)
    assert_accessible(moderator)
    row.get_by_role("button", name="Approve and publish").click()
    expect(board_row(moderator, live_server).locator("td[data-state]")).to_have_text(
        "Published and up to date"
    )
    moderator.goto(f"{live_server.url}/fr/a-propos/")
    expect(moderator.locator("main")).to_contain_text(FRENCH)
