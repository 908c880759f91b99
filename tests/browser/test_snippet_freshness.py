"""No stale approval for snippets, in a real browser: the English footer text changes; the
moderator's "Publish" of the French footer is refused until it is synced and the new segment
translated, then it publishes the new text."""

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from home.models import FooterText
from tests.browser.test_translation_loop import sign_in, translate_segment
from tests.editorial.factories import UserFactory

pytestmark = pytest.mark.browser

ADDED = "Its secretariat is hosted in Rome."
FRENCH = "Son secrétariat est accueilli à Rome."


def test_a_stale_snippet_translation_waits_for_its_changes(
    browser, live_server, initial_content_to_change
):
    UserFactory(username="moderator", groups=["Moderators"])
    english = FooterText.objects.get(locale=Locale.get_default())
    english.body = f"{english.body}<p>{ADDED}</p>"
    english.save()  # the English changes
    french = FooterText.objects.get(locale__language_code="fr")
    source = TranslationSource.objects.get(object_id=english.translation_key)

    moderator = sign_in(browser, live_server, "moderator")
    edit_url = f"{live_server.url}/admin/snippets/home/footertext/edit/{french.pk}/"
    moderator.goto(edit_url)
    expect(moderator.locator(".editorial-review [data-state]")).to_have_text("Out of date")
    moderator.get_by_role("button", name="Publish in Français").click()
    expect(moderator.locator(".messages")).to_contain_text("cannot be published yet")

    moderator.goto(f"{live_server.url}/admin/localize/update/{source.pk}/")
    moderator.get_by_role("button", name="Submit").click()
    moderator.goto(edit_url)
    expect(moderator.locator(".editorial-untranslated")).to_contain_text(ADDED)
    moderator.get_by_role("button", name="Publish in Français").click()
    expect(moderator.locator(".messages")).to_contain_text("still needs translating")

    translate_segment(moderator, ADDED, FRENCH)
    moderator.get_by_role("button", name="Publish in Français").click()
    expect(moderator.locator(".messages")).not_to_contain_text("cannot be published")
    moderator.goto(f"{live_server.url}/fr/")
    expect(moderator.locator("footer")).to_contain_text(FRENCH)
