"""The members' sign-in page: on a phone the form is what a member sees first."""

import pytest
from bs4 import BeautifulSoup

from tests.home.glossary_check import glossary_problems, page_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_form_comes_before_the_instructions(client, language):
    html = BeautifulSoup(client.get(f"/{language}/account/login/").content, "html.parser")

    order = [
        element.get("class")[0]
        for element in html.main.select(".login-form, .multilingual-note, .login-page__about .lead")
    ]
    assert order == ["login-form", "lead", "multilingual-note"]
    form = html.select_one(".login-page__form")
    assert form.find("input", attrs={"type": "password"}) is not None
    assert form.h2["id"] == form["aria-labelledby"]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_sign_in_page_uses_typographic_apostrophes_and_the_glossary(client, language):
    html = BeautifulSoup(client.get(f"/{language}/account/login/").content, "html.parser")

    text = page_text(html, language)
    assert "'" not in text and '"' not in text
    assert glossary_problems(text, language) == []
