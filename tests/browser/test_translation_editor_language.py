"""wagtail-localize's translation editor in a French interface: its heading and the dates of
its "translated on" notes come out in French, and the translator's footer leads to review."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Page
from wagtail.users.models import UserProfile

from tests.browser.test_translation_loop import sign_in
from tests.editorial.factories import UserFactory

pytestmark = pytest.mark.browser

FRENCH_MONTHS = (
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def test_the_translation_editor_speaks_french(browser, live_server, initial_content_to_change):
    translator = UserFactory(username="traductrice", groups=["French translators"])
    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "fr"
    profile.save()
    about = Page.objects.get(locale__language_code="fr", url_path__endswith="/a-propos/")

    page = sign_in(browser, live_server, "traductrice")
    page.goto(f"{live_server.url}/admin/pages/{about.pk}/edit/")

    expect(
        page.get_by_role("heading", name="Traduction : Anglais → Français").first
    ).to_be_visible()
    text = page.locator("main").inner_text()
    # "Translated with … on <date>": the month in French (wagtail-localize writes it in English).
    assert re.search(rf"Traduit avec .+ le \d{{1,2}} ({FRENCH_MONTHS}) \d{{4}}", text)
    assert "English to Français translation" not in text
    assert not re.search(rf"\b({MONTHS})\b", text)
    footer = page.locator(".editorial-translator-footer")
    expect(footer.get_by_role("button", name="Envoyer en relecture")).to_be_visible()
    expect(page.get_by_role("link", name="Convertir en alias")).to_have_count(0)
