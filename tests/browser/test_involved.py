"""Get involved in a real browser: what CSS hides and what assistive technology reads."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_reader import assert_accessible

pytestmark = pytest.mark.browser


def test_join_form_errors_are_accessible_and_the_honeypot_unseen(
    page, live_server, initial_content
):
    page.goto(f"{live_server.url}/fr/participer/rejoindre/")
    expect(page.get_by_label("Laissez ce champ vide")).not_to_be_in_viewport()
    assert_accessible(page)

    page.get_by_label("Organisation").fill("Sols Vivants")
    page.get_by_label("Adresse e-mail").fill("awa@")
    page.get_by_role("button", name="Envoyer ma demande").click()

    expect(page.get_by_role("alert")).to_contain_text("Veuillez corriger les champs")
    expect(page.get_by_label("Organisation")).to_have_value("Sols Vivants")
    expect(page.get_by_label("Adresse e-mail")).to_have_accessible_description(
        "Saisissez une adresse de courriel valide."
    )
    assert_accessible(page)


def test_directory_and_sign_in_pages_are_accessible(page, live_server, initial_content):
    page.goto(f"{live_server.url}/en/get-involved/members-and-partners/")
    page.get_by_label("College").select_option("research-education")
    page.get_by_role("button", name="Filter").click()
    expect(page.get_by_role("status")).to_have_text("1 organisation")
    assert_accessible(page)

    page.goto(f"{live_server.url}/es/participar/area-de-miembros/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Bienvenido a la plataforma de trabajo colaborativo de la Iniciativa 4 por 1000"
    )
    expect(page.get_by_label("Mantenerme conectado")).not_to_be_checked()
    assert_accessible(page)
