"""The About section in a real browser: accessible, and its wide tables usable on a phone."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_reader import assert_accessible

pytestmark = pytest.mark.browser


def enter_a_criterion(dimension):
    """What the Secretariat does once the criteria are adopted (the seed gives none)."""
    from about.models import CriteriaPage

    page = CriteriaPage.objects.get(locale__language_code="fr", alias_of__isnull=True)
    data = [dict(block) for block in page.dimensions.raw_data]
    row = {
        "criterion": "Bilan net de gaz à effet de serre",
        "indicator": "Émissions évitées ou absorbées, dont protoxyde d’azote et méthane",
        "method": "Méthodes du GIEC de niveau 1 ou 2",
        "unit": "t éq. CO2/ha/an",
    }
    next(b for b in data if b["value"]["name"] == dimension)["value"]["criteria"] = [row]
    page.dimensions = data
    page.save_revision().publish()


def test_criteria_tables_scroll_inside_their_region_on_a_small_screen(
    page, live_server, initial_content
):
    enter_a_criterion("Atténuation")
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server.url}/fr/a-propos/criteres-de-reference/")

    table = page.get_by_role("table", name="Critères de la dimension «\u00a0Atténuation\u00a0»")
    expect(
        table.get_by_role("rowheader", name="Bilan net de gaz à effet de serre")
    ).to_be_attached()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    region = page.get_by_role("region", name="Atténuation")
    region.focus()
    page.keyboard.press("ArrowRight")
    # Keyboard scrolling may be animated: wait for it rather than read it at once.
    page.wait_for_function("el => el.scrollLeft > 0", arg=region.element_handle(), timeout=3000)
    assert_accessible(page)


def test_governance_and_research_pages_are_accessible(page, live_server, initial_content):
    page.goto(f"{live_server.url}/es/acerca-de/gobernanza/")
    expect(page.get_by_role("heading", name="Secretaría Ejecutiva")).to_be_visible()
    assert_accessible(page)

    page.goto(f"{live_server.url}/en/about/research-programme/")
    expect(page.get_by_role("heading", level=2)).to_have_count(4)
    assert_accessible(page)
