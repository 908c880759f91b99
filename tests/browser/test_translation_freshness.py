"""No stale approval, in a real browser: the French translation of About is in review when the
English changes; the moderator's approval is refused with the changed segment shown; once the
translator has synced and translated it, the approval publishes the new text."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from tests.browser.test_translation_loop import board_row, sign_in, translate_segment
from tests.editorial.factories import UserFactory

pytestmark = pytest.mark.browser

ADDED = " It was launched at COP 21."
FRENCH = "L’Initiative « 4 pour 1000 », lancée à la COP 21, fédère les acteurs volontaires."


def test_a_translation_the_english_changed_under_is_not_approved(
    browser, live_server, initial_content_to_change
):
    UserFactory(username="moderator", groups=["Moderators"])
    UserFactory(username="traductrice", groups=["French translators"])
    about = Page.objects.get(locale__language_code="en", url_path__endswith="/about/").specific
    intro = about.intro

    # The translator edits the French title and sends it for review from the footer.
    translator = sign_in(browser, live_server, "traductrice")
    board_row(translator, live_server).get_by_role("link", name="Edit").click()
    translate_segment(translator, "About", "À propos de l’Initiative")
    footer = translator.locator(".editorial-translator-footer")
    footer.get_by_role("button", name="Send for review").click()
    expect(translator.locator(".editorial-review")).to_contain_text("In review")

    # Meanwhile the English is republished with one sentence more.
    moderator = sign_in(browser, live_server, "moderator")
    moderator.goto(f"{live_server.url}/admin/pages/{about.pk}/edit/")
    moderator.locator("#id_intro").fill(intro + ADDED)
    moderator.locator("footer").get_by_role("button", name="More actions").click()
    moderator.get_by_role("button", name="Publish", exact=True).click()
    expect(moderator.get_by_text("has been published")).to_be_visible()

    # The moderator's board flags it at once; approving is refused, the change shown.
    row = board_row(moderator, live_server)
    expect(row.locator("td[data-state]")).to_contain_text("In review")
    expect(row.locator("[data-stale]")).to_be_visible()
    row.get_by_role("button", name="Approve and publish").click()
    expect(moderator.locator(".messages")).to_contain_text("cannot be published yet")
    row = board_row(moderator, live_server)
    row.locator("summary").click()
    expect(row.locator("ins")).to_have_text(ADDED.strip())

    # The translator syncs and translates the changed segment.
    row = board_row(translator, live_server)
    row.get_by_role("link", name="Sync").click()
    translator.get_by_role("button", name="Submit").click()
    translate_segment(translator, intro + ADDED, FRENCH)

    # Now the approval publishes the new text.
    board_row(moderator, live_server).get_by_role("button", name="Approve and publish").click()
    expect(moderator.locator(".messages")).to_contain_text("approved and published")
    moderator.goto(f"{live_server.url}/fr/a-propos/")
    expect(moderator.locator("main")).to_contain_text(FRENCH)
