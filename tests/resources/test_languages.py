"""The library in French and Spanish: translated names, untranslated resources, "in my language"."""

import pytest
from bs4 import BeautifulSoup
from wagtail_localize.synctree import synchronize_tree

from tests.home.factories import TopicFactory
from tests.resources.factories import ResourceFileFactory, ResourcePageFactory, ResourceTypeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(home_page, resource_index, locales, translate):
    official = ResourceTypeFactory(name="Official document", slug="official-document")
    soil = TopicFactory(name="Soil carbon", slug="soil-carbon")
    criteria = ResourcePageFactory(
        parent=resource_index, slug="criteria", title="Reference criteria", resource_type=official
    )
    criteria.topics.set([soil])
    criteria.save_revision().publish()
    ResourceFileFactory(page=criteria, language="en")
    ResourceFileFactory(page=criteria, language="es")
    pillars = ResourcePageFactory(
        parent=resource_index, slug="pillars", title="Four pillars", resource_type=official
    )
    ResourceFileFactory(page=pillars, language="en")
    for code, strings in {
        "fr": {"Resources": "Ressources", "resources": "ressources"},
        "es": {"Resources": "Recursos", "resources": "recursos"},
    }.items():
        synchronize_tree(locales["en"], locales[code])
        translate(home_page, locales[code], {})
        translate(resource_index, locales[code], strings)
    translate(official, locales["fr"], {"Official document": "Document officiel"})
    translate(soil, locales["fr"], {"Soil carbon": "Carbone du sol"})
    return resource_index


@pytest.mark.parametrize(
    ("url", "heading", "type_option", "language_label"),
    [
        (
            "/en/news-and-resources/resources/",
            "Resources",
            "Official document (2)",
            "Available in English (2)",
        ),
        (
            "/fr/news-and-resources/ressources/",
            "Ressources",
            "Document officiel (2)",
            "Disponible en français (0)",
        ),
        (
            "/es/news-and-resources/recursos/",
            "Recursos",
            "Official document (2)",
            "Disponible en español (1)",
        ),
    ],
)
def test_library_renders_in_each_language(
    client, library, url, heading, type_option, language_label
):
    response = client.get(url)

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.h1.get_text() == heading
    assert html.select("#resource-type option")[1].get_text() == type_option
    assert html.find("label", attrs={"for": "resource-language"}).get_text() == language_label
    # Untranslated resources are listed, their English titles marked as English.
    titles = html.select(".resource-card h2")
    assert sorted(t.get_text(strip=True) for t in titles) == ["Four pillars", "Reference criteria"]
    assert all(t.get("lang", "en") == "en" for t in titles)


def test_french_resource_page_names_its_type_and_topics_in_french(client, library):
    response = client.get("/fr/news-and-resources/ressources/criteria/")

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    facts = html.select_one(".resource-page__facts").get_text(" ", strip=True)
    assert "Document officiel" in facts
    assert html.find("a", string="Carbone du sol")["href"] == (
        "/fr/news-and-resources/ressources/?topic=soil-carbon"
    )
    languages = [row.find("td").get_text() for row in html.select(".resource-files tbody tr")]
    assert languages == ["Anglais", "Espagnol"]


def test_in_my_language_filter_in_spanish(client, library):
    response = client.get("/es/news-and-resources/recursos/?in_my_language=1")

    titles = [
        h2.get_text(strip=True)
        for h2 in BeautifulSoup(response.content, "html.parser").select(".resource-card h2")
    ]
    assert titles == ["Reference criteria"]
