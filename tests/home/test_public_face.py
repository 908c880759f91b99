"""What every visitor of the public site relies on, over every page of the sitemap in the
three languages: members can find the sign-in, no placeholder or draft is ever published, and
every page of the initial content is translated into French and Spanish."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from editorial.status import UP_TO_DATE, Board
from tests.helpers import breakable_french_spaces, load_initial_content, sitemap_paths
from tests.home.glossary_check import glossary_problems, page_text

CONTENT = settings.BASE_DIR / "site" / "content"
# The markers site/content/README.md reserves for what is left for the Secretariat.
MARKERS = [
    "to be entered",
    "to be confirmed by the secretariat",
    "placeholder",
    "illustrative",
    "editorial estimate",
    "settings ›",
    # Words that give away an unfinished text, in the three languages.
    "draft",
    "to be completed",
    "tbd",
    "lorem",
    "brouillon",
    "à compléter",
    "borrador",
    "por completar",
]
LOGIN = {"en": "Sign in", "fr": "Se connecter", "es": "Iniciar sesión"}


def editor_notes():
    """The `note` of each initial content file: meant for editors, never for the public."""
    notes = []
    for path in sorted(CONTENT.glob("*.json")):
        data = json.loads(path.read_text())
        if isinstance(data, dict) and data.get("note"):
            notes.append(data["note"].lower())
    return notes


def leaks(text):
    text = text.lower()
    return [m for m in MARKERS + editor_notes() if re.search(rf"(?<!\w){re.escape(m)}(?!\w)", text)]


def downloads(client, html):
    """The files a visitor can download from a page: documents, criteria tables, calendars."""
    for link in html.select("a[href]"):
        href = link["href"]
        if href.startswith("/documents/") or link.has_attr("download") or href.endswith(".ics"):
            response = client.get(href)
            if response.status_code == 200:
                body = getattr(response, "streaming_content", None)
                content = b"".join(body) if body is not None else response.content
                yield href, content.decode("utf-8", "replace")


# Not in a transaction: wagtail-localize publishes translations on commit.
@pytest.mark.django_db(transaction=True)
def test_every_public_page_links_the_sign_in_and_publishes_no_placeholder(
    root_page, client, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    load_initial_content()
    paths = sitemap_paths(client)
    assert len(paths) > 60
    checked_downloads = 0
    for path in paths:
        language = path.split("/")[1]
        response = client.get(path)
        assert response.status_code == 200, path
        html = BeautifulSoup(response.content, "html.parser")
        sign_in = html.header.find("a", string=LOGIN[language])
        assert sign_in is not None, f"no “{LOGIN[language]}” in the header of {path}"
        assert sign_in["href"] == f"/{language}/account/login/"
        assert leaks(html.get_text(" ")) == [], path
        # Translated, not a copy of the English: no notice, no marker in the switcher.
        assert html.main.get("lang") is None, f"{path} is not translated"
        untranslated = html.select(".tag--untranslated, .language-switcher__untranslated")
        assert untranslated == [], path
        if language == "fr":
            # French spacing is unbreakable: « 4 pour 1000 » never splits at a line's end.
            assert breakable_french_spaces(html.get_text()) == [], path
        if language != "en":
            text = page_text(html, language)
            # The glossary's terms, translated the same way on every page.
            assert glossary_problems(text, language) == [], path
            # Typographic apostrophes and quotes (’ « » “ ”), never typewriter ones.
            assert re.findall(r".{0,20}['\"].{0,20}", text) == [], path
        for href, content in downloads(client, html):
            checked_downloads += 1
            assert leaks(content) == [], href
    assert checked_downloads > 0
    # The Translations board agrees: every page and snippet is published and up to date.
    states = {(row.title, row.language_code): row.state for row in Board(["fr", "es"]).rows}
    assert {key: state for key, state in states.items() if state != UP_TO_DATE} == {}

    # The home page's calls to action lead to the join form and the members' area.
    home = BeautifulSoup(client.get("/fr/").content, "html.parser")
    actions = [a["href"] for a in home.select(".hero__actions a")]
    assert actions == ["/fr/participer/rejoindre/", "/fr/participer/espace-membres/"]

    for path in ("/en/get-involved/", "/fr/participer/", "/es/participar/"):
        html = BeautifulSoup(client.get(path).content, "html.parser")
        members = html.main.find(
            "a", href=re.compile(r"/(members-area|espace-membres|area-de-miembros)/$")
        )
        assert members is not None, f"the members' area is not linked from {path}"
        login = BeautifulSoup(client.get(members["href"], follow=True).content, "html.parser")
        assert login.find("input", attrs={"type": "password"}) is not None
        # The platform's sign-in instructions, in its three languages.
        assert {p["lang"] for p in login.select(".multilingual-note p")} == {"en", "fr", "es"}


def test_the_marker_check_catches_a_placeholder():
    assert leaks("Postal address: to be entered in the admin (Settings › Executive Secretariat).")
    assert leaks("The criteria below are an illustrative example.")
    assert leaks("22–24 May 2019 · Montpellier, France") == []
    assert leaks("Draft, to be completed by the Executive Secretariat.")
    assert leaks("Lugar: TBD") and leaks("Lorem ipsum") and leaks("Texte à compléter")
    # Words that merely contain a marker are not flagged.
    assert leaks("The drafting committee met in Rome.") == []


def test_the_glossary_check_catches_a_term_left_in_english_or_written_otherwise():
    assert glossary_problems("Réunion du STC à Bonn", "fr") == ["“STC” instead of “CST”"]
    assert glossary_problems("La Secretaría ejecutiva", "es") == [
        "“Secretaría ejecutiva” instead of “Secretaría Ejecutiva”"
    ]
    assert glossary_problems("La COP 23 de la CMNUCC, el Foro y el CCT", "es") == []
    # A term inside its own translation is not a leftover: “Forum” is French too.
    assert glossary_problems("Le Forum et le Consortium", "fr") == []
