"""PostgreSQL search is language-aware: each language's stemmer, accents ignored.

Each case below is chosen so that the wrong language's stemmer would miss it, which proves the
page is indexed, and the query parsed, in the page's own language.
"""

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.search.models import IndexEntry

from tests.home.factories import ContentPageFactory, body
from tests.search.reading import titles

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="stemming and accent folding come from PostgreSQL full-text search; "
        "CI runs this file on PostgreSQL",
    ),
]


@pytest.fixture
def site(home_page, locales, translate):
    """A page in English, and in French and Spanish translations that say other things."""
    translate(home_page, locales["fr"], {"Welcome to the Initiative": "Bienvenue"})
    translate(home_page, locales["es"], {"Welcome to the Initiative": "Bienvenido"})
    page = ContentPageFactory(
        parent=home_page,
        title="Soil and climate",
        intro="Why soil matters.",
        body=body("Healthy soil feeds people."),
    )
    translate(
        page,
        locales["fr"],
        {
            "Soil and climate": "Le sol et le climat",
            "Why soil matters.": "La sécurité alimentaire et les enjeux mondiaux.",
            "Healthy soil feeds people.": "Un sol vivant nourrit les hommes.",
        },
    )
    translate(
        page,
        locales["es"],
        {
            "Soil and climate": "El suelo y el clima",
            "Why soil matters.": "La producción agrícola de los países del Sur.",
            "Healthy soil feeds people.": "Un suelo vivo alimenta a las personas.",
        },
    )
    return page


FOUND = [
    # (language, query, title of the page found)
    ("fr", "sols", "Le sol et le climat"),
    ("fr", "mondial", "Le sol et le climat"),  # English stemming keeps "mondiaux"
    ("fr", "securite alimentaire", "Le sol et le climat"),
    ("fr", "SÉCURITÉ", "Le sol et le climat"),
    ("es", "suelos", "El suelo y el clima"),
    ("es", "agricola", "El suelo y el clima"),
    ("es", "país", "El suelo y el clima"),  # English stemming gives "pai" and "pais"
    ("en", "soils", "Soil and climate"),
    ("en", "feeding", "Soil and climate"),  # French stemming keeps "feeding"
]


@pytest.mark.parametrize(("language", "query", "title"), FOUND)
def test_stems_and_ignores_accents_in_each_language(client, site, language, query, title):
    response = client.get(f"/{language}/search/", {"q": query})

    # The home pages say "soils" too; what matters is that the page is found.
    assert title in titles(response)


def test_snippet_marks_the_words_found(client, site):
    response = client.get("/fr/search/", {"q": "securite mondial"})

    snippet = response.context["results"][0]["snippet"]
    assert "<mark>sécurité</mark>" in snippet
    assert "<mark>mondiaux</mark>" in snippet


@pytest.mark.parametrize(
    ("language", "query"),
    [("fr", "healthy"), ("es", "healthy"), ("en", "vivant"), ("en", "agricola"), ("fr", "suelo")],
)
def test_a_word_of_one_language_finds_nothing_in_another(client, site, language, query):
    assert titles(client.get(f"/{language}/search/", {"q": query})) == []


def test_update_index_rebuilds_each_language_with_its_stemmer(client, site):
    IndexEntry.objects.all().delete()
    assert titles(client.get("/fr/search/", {"q": "sols"})) == []

    call_command("update_index", verbosity=0)

    assert titles(client.get("/fr/search/", {"q": "mondial"})) == ["Le sol et le climat"]
    assert titles(client.get("/es/search/", {"q": "país"})) == ["El suelo y el clima"]
    assert titles(client.get("/en/search/", {"q": "feeding"})) == ["Soil and climate"]


def test_retranslating_a_page_reindexes_it(client, site, locales, translate):
    translate(
        site,
        locales["fr"],
        {"Why soil matters.": "Les prairies permanentes.", "Soil and climate": "Le sol"},
    )

    assert titles(client.get("/fr/search/", {"q": "mondial"})) == []
    assert titles(client.get("/fr/search/", {"q": "prairie"})) == ["Le sol"]
