"""The reference criteria: an accessible table per dimension and the whole set as CSV and JSON,
in the page's language."""

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup
from wagtail_localize.synctree import synchronize_tree

from tests.about.factories import CriteriaPageFactory, criterion, dimension
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

FRENCH = {
    "Reference criteria": "Critères de référence",
    "reference-criteria": "criteres-de-reference",
    "About": "À propos",
    "about": "a-propos",
    "Food security": "Sécurité alimentaire",
    "Crop productivity": "Productivité des cultures",
    "Yield of the main crops": "Rendement des principales cultures",
    "Farm records": "Registres d’exploitation",
    "t/ha/yr": "t/ha/an",
}


@pytest.fixture
def criteria(home_page):
    about = ContentPageFactory(parent=home_page, slug="about", title="About")
    return CriteriaPageFactory(
        parent=about,
        dimensions=[
            dimension(
                "Food security",
                criterion(
                    "Crop productivity", "Yield of the main crops", "Farm records", "t/ha/yr"
                ),
            ),
            dimension(
                "Mitigation",
                criterion(
                    "Net greenhouse gas balance", "Emissions avoided", "IPCC Tier 1", "t CO2e/ha/yr"
                ),
                criterion(
                    "Nitrogen fertiliser use",
                    "Mineral nitrogen applied",
                    "Farm records",
                    "kg N/ha/yr",
                ),
            ),
        ],
    )


@pytest.fixture
def french_criteria(criteria, home_page, locales, translate):
    translate(home_page, locales["fr"], {})
    translate(criteria.get_parent(), locales["fr"], FRENCH)
    return translate(criteria, locales["fr"], FRENCH)


def read_csv(response):
    # The byte order mark is there for spreadsheet programs; utf-8-sig reads past it.
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_csv_download_shows_formulas_as_text(client, criteria):
    criteria.dimensions = [
        dimension("=cmd|' /C calc'!A0", criterion("@SUM(1+1)", "+1", "Farm records", "-1"))
    ]
    criteria.save_revision().publish()

    rows = read_csv(client.get("/en/about/reference-criteria/csv/"))

    assert rows[1] == ["'=cmd|' /C calc'!A0", "'@SUM(1+1)", "'+1", "Farm records", "'-1"]


def test_page_shows_one_accessible_table_per_dimension(client, criteria):
    html = BeautifulSoup(client.get("/en/about/reference-criteria/").content, "html.parser")

    tables = html.main.find_all("table")
    assert [t.caption.get_text() for t in tables] == [
        "Criteria of the dimension “Food security”: indicator, method and unit",
        "Criteria of the dimension “Mitigation”: indicator, method and unit",
    ]
    headers = [th.get_text() for th in tables[1].thead.find_all("th", scope="col")]
    assert headers == ["Criterion", "Indicator", "Method", "Unit"]
    rows = [th.get_text() for th in tables[1].tbody.find_all("th", scope="row")]
    assert rows == ["Net greenhouse gas balance", "Nitrogen fertiliser use"]
    assert [h.get_text() for h in html.main.find_all("h2")] == ["Food security", "Mitigation"]


def test_csv_download_holds_every_criterion(client, criteria):
    response = client.get("/en/about/reference-criteria/csv/")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="reference-criteria-en.csv"'
    assert read_csv(response) == [
        ["Dimension", "Criterion", "Indicator", "Method", "Unit"],
        [
            "Food security",
            "Crop productivity",
            "Yield of the main crops",
            "Farm records",
            "t/ha/yr",
        ],
        [
            "Mitigation",
            "Net greenhouse gas balance",
            "Emissions avoided",
            "IPCC Tier 1",
            "t CO2e/ha/yr",
        ],
        [
            "Mitigation",
            "Nitrogen fertiliser use",
            "Mineral nitrogen applied",
            "Farm records",
            "kg N/ha/yr",
        ],
    ]


def test_json_download_holds_the_dimensions_and_their_criteria(client, criteria):
    response = client.get("/en/about/reference-criteria/json/")

    assert response["Content-Disposition"] == 'attachment; filename="reference-criteria-en.json"'
    data = json.loads(response.content)
    assert data["language"] == "en"
    assert data["title"] == "Reference criteria"
    assert [d["name"] for d in data["dimensions"]] == ["Food security", "Mitigation"]
    assert data["dimensions"][1]["criteria"][1] == {
        "criterion": "Nitrogen fertiliser use",
        "indicator": "Mineral nitrogen applied",
        "method": "Farm records",
        "unit": "kg N/ha/yr",
    }


def test_french_page_and_downloads_are_in_french(client, french_criteria):
    page = BeautifulSoup(client.get("/fr/a-propos/criteres-de-reference/").content, "html.parser")
    csv_response = client.get("/fr/a-propos/criteres-de-reference/csv/")
    json_response = client.get("/fr/a-propos/criteres-de-reference/json/")

    assert page.h1.get_text() == "Critères de référence"
    assert [th.get_text() for th in page.main.table.find_all("th", scope="col")] == [
        "Critère",
        "Indicateur",
        "Méthode",
        "Unité",
    ]
    download_links = [a["href"] for a in page.main.select(".downloads a")]
    assert download_links == [
        "/fr/a-propos/criteres-de-reference/csv/",
        "/fr/a-propos/criteres-de-reference/json/",
    ]
    rows = read_csv(csv_response)
    assert rows[0] == ["Dimension", "Critère", "Indicateur", "Méthode", "Unité"]
    assert rows[1] == [
        "Sécurité alimentaire",
        "Productivité des cultures",
        "Rendement des principales cultures",
        "Registres d’exploitation",
        "t/ha/an",
    ]
    assert (
        csv_response["Content-Disposition"] == 'attachment; filename="criteres-de-reference-fr.csv"'
    )
    data = json.loads(json_response.content)
    assert data["language"] == "fr"
    assert data["dimensions"][0]["criteria"][0]["unit"] == "t/ha/an"
    assert data["url"].endswith("/fr/a-propos/criteres-de-reference/")


def test_untranslated_copy_labels_its_download_with_the_source_language(
    client, criteria, home_page, locales, translate
):
    """The Spanish tree's synchronised copy holds English text, and its files say so."""
    translate(home_page, locales["es"], {})
    synchronize_tree(locales["en"], locales["es"])

    response = client.get("/es/about/reference-criteria/json/")

    assert json.loads(response.content)["language"] == "en"
    assert response["Content-Disposition"].endswith('reference-criteria-en.json"')


def test_until_the_criteria_are_entered_each_dimension_says_what_the_set_gives_for_it(
    client, home_page
):
    about = ContentPageFactory(parent=home_page, slug="about", title="About")
    CriteriaPageFactory(
        parent=about, dimensions=[dimension("Food security"), dimension("Mitigation")]
    )

    html = BeautifulSoup(client.get("/en/about/reference-criteria/").content, "html.parser")

    dimensions = html.select(".dimension-list .dimension")
    assert [(d.h2.get_text(), d.p.get_text()) for d in dimensions] == [
        ("Food security", "Criteria, indicators, methods and units"),
        ("Mitigation", "Criteria, indicators, methods and units"),
    ]
    assert html.select(".criteria-table") == []
