"""News and resources in a real browser: what axe-core measures (contrast, names, landmarks)."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_reader import assert_accessible

pytestmark = pytest.mark.browser


def test_news_and_library_are_accessible_in_french(page, live_server, initial_content):
    page.goto(f"{live_server.url}/fr/actualites-et-ressources/actualites/")
    expect(page.locator("h1")).to_have_text("Actualités")
    assert_accessible(page)

    page.get_by_label("Thème").select_option("cooperation")
    page.get_by_role("button", name="Afficher").click()
    expect(page).to_have_url(
        f"{live_server.url}/fr/actualites-et-ressources/actualites/?topic=cooperation&year="
    )
    expect(page.locator(".news-card")).to_have_count(1)

    page.goto(f"{live_server.url}/fr/actualites-et-ressources/ressources/")
    page.get_by_label("Disponible en français (2)").check()
    page.get_by_role("button", name="Afficher").click()
    expect(page.locator(".resource-card")).to_have_count(2)
    assert_accessible(page)

    page.get_by_role(
        "link", name="Critères de référence pour l’évaluation des projets et des actions"
    ).click()
    expect(page.get_by_role("table", name="Télécharger")).to_be_visible()
    assert_accessible(page)
