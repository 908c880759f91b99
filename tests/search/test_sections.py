"""Search across the sections: news, events, resources (and their files), the directory."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.dates import Precision
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.helpers import QUERY_BUDGET
from tests.home.factories import ContentPageFactory, body
from tests.involved.factories import DirectoryPageFactory, OrganisationFactory
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.resources.factories import (
    DocumentFactory,
    ResourceFileFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)
from tests.search.reading import results, titles

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def sections(home_page):
    """The index pages of each section, as the initial content places them."""
    news_and_resources = ContentPageFactory(
        parent=home_page, slug="news-and-resources", title="News & resources"
    )
    involved = ContentPageFactory(parent=home_page, slug="get-involved", title="Get involved!")
    return {
        "news": NewsIndexPageFactory(parent=news_and_resources),
        "resources": ResourceIndexPageFactory(parent=news_and_resources),
        "events": EventIndexPageFactory(parent=home_page),
        "directory": DirectoryPageFactory(parent=involved),
    }


def news(sections, **kwargs):
    return NewsPageFactory(parent=sections["news"], **kwargs)


def event(sections, **kwargs):
    return EventPageFactory(parent=sections["events"], **kwargs)


def resource(sections, document_title=None, **kwargs):
    page = ResourcePageFactory(parent=sections["resources"], **kwargs)
    if document_title:
        ResourceFileFactory(page=page, document=DocumentFactory(title=document_title))
        # Files are added after the page, as in the editor, where saving the page publishes them.
        page.save_revision().publish()
    return page


def dates(response):
    """(title, date shown, machine-readable date or None) of each result."""
    soup = BeautifulSoup(response.content, "html.parser")
    shown = []
    for item in soup.select(".search-result"):
        date = item.select_one(".search-result__date")
        shown.append(
            (
                item.find(class_="search-result__title").get_text(strip=True),
                date.get_text(strip=True) if date else None,
                date.get("datetime") if date else None,
            )
        )
    return shown


def test_news_and_events_are_found_with_their_type_and_date(client, sections):
    news(
        sections,
        title="The Initiative receives an award",
        date=datetime.date(2017, 9, 12),
        intro="The award was presented in Ordos.",
    )
    event(
        sections,
        title="COP 13 UNCCD",
        start_date=datetime.date(2017, 9, 4),
        end_date=datetime.date(2017, 9, 15),
        city="Ordos",
        region="Inner Mongolia",
        country="CN",
        intro="The Conference of the Parties of the UNCCD.",
    )
    event(sections, title="Day of the Initiative", city="Paris", intro="In Paris.")

    response = client.get("/en/search/?q=ordos")

    assert sorted(results(response)) == [
        ("COP 13 UNCCD", "Event"),
        ("The Initiative receives an award", "News page"),
    ]
    assert sorted(dates(response)) == [
        ("COP 13 UNCCD", "4–15 September 2017", None),
        ("The Initiative receives an award", "12 September 2017", "2017-09-12"),
    ]


def test_an_event_shows_only_the_part_of_its_date_that_is_known(client, sections):
    event(
        sections,
        title="Steering committee",
        start_date=datetime.date(2020, 2, 17),
        date_precision=Precision.MONTH,
        dates_tbc=True,
        organiser="Executive Secretariat",
    )

    response = client.get("/en/search/?q=secretariat")

    # February 2020 has passed: the date was never confirmed.
    assert dates(response) == [("Steering committee", "February 2020 (date not confirmed)", None)]


def test_events_are_found_by_place_in_the_reader_language(client, sections, locales, translate):
    from sitewide.content_loading import synchronise_trees

    home = sections["events"].get_parent()
    translate(home, locales["fr"], {"Welcome to the Initiative": "Bienvenue"})
    event(
        sections,
        title="Global Symposium on Soil Organic Carbon",
        start_date=datetime.date(2017, 3, 21),
        end_date=datetime.date(2017, 3, 23),
        city="Bonn",
        country="DE",
    )
    synchronise_trees()

    # The untranslated event's copy in the French tree names its country in French.
    response = client.get("/fr/search/?q=allemagne")
    assert dates(response) == [("Global Symposium on Soil Organic Carbon", "21–23 mars 2017", None)]
    assert response.context["results"][0]["url"].startswith("/fr/")
    assert titles(client.get("/en/search/?q=allemagne")) == []
    assert titles(client.get("/en/search/?q=germany")) == [
        "Global Symposium on Soil Organic Carbon"
    ]


def test_a_resource_is_found_by_its_files_title_with_its_year(client, sections):
    resource(
        sections,
        title="Soil carbon guide",
        publication_year=2016,
        intro="How to measure soil carbon.",
        authors="Chenu, Claire",
        document_title="Sampling protocol for peatlands",
    )
    resource(sections, title="Annual report", publication_year=2019, publisher="FAO")

    response = client.get("/en/search/?q=peatlands")

    assert results(response) == [("Soil carbon guide", "Resource")]
    assert dates(response) == [("Soil carbon guide", "2016", "2016")]
    assert titles(client.get("/en/search/?q=chenu")) == ["Soil carbon guide"]
    assert titles(client.get("/en/search/?q=fao")) == ["Annual report"]


def test_an_organisation_is_found_by_name_and_leads_to_it_in_the_directory(client, sections):
    found = OrganisationFactory(name="Cirad", college="research-education", country="FR")
    OrganisationFactory(name="Bonn Soils", college="research-education", country="DE")

    response = client.get("/en/search/?q=cirad")

    assert results(response) == [("Cirad", "Organisation")]
    url = response.context["results"][0]["url"]
    assert url == (
        "/en/get-involved/members-and-partners/"
        f"?college=research-education&status=member&country=FR#organisation-{found.pk}"
    )
    directory = BeautifulSoup(client.get(url).content, "html.parser")
    listed = [li.h2.get_text(strip=True) for li in directory.select(".organisation")]
    assert listed == ["Cirad"]
    assert directory.select_one(f"#organisation-{found.pk}") is not None


def test_organisations_are_found_as_the_directory_lists_them_in_each_language(
    client, sections, locales, translate
):
    translated = OrganisationFactory(name="French Agricultural Research Centre")
    translate(translated, locales["fr"], {"French Agricultural Research Centre": "Centre agricole"})
    OrganisationFactory(name="Agricultural University of Bonn")

    assert titles(client.get("/fr/search/?q=centre")) == ["Centre agricole"]
    assert titles(client.get("/en/search/?q=centre")) == ["French Agricultural Research Centre"]
    # Its English name stays out of French results; an organisation not translated yet is
    # found in French under its English name, as the French directory lists it.
    assert titles(client.get("/fr/search/?q=agricultural")) == ["Agricultural University of Bonn"]


def test_results_page_query_count_is_bounded_with_mixed_result_types(client, sections):
    def make(number):
        news(sections, title=f"Humus news {number}")
        event(sections, title=f"Humus meeting {number}")
        resource(sections, title=f"Humus guide {number}", document_title=f"Humus {number}")
        OrganisationFactory(name=f"Humus Institute {number}")
        ContentPageFactory(parent=sections["news"].get_parent(), title=f"Humus page {number}")

    def count():
        client.get("/en/search/?q=humus")
        with CaptureQueriesContext(connection) as ctx:
            response = client.get("/en/search/?q=humus")
        return len(ctx.captured_queries), {kind for _title, kind in results(response)}

    make(0)
    few, kinds = count()
    assert kinds == {"News page", "Event", "Resource", "Organisation", "Content page"}
    for number in range(1, 8):
        make(number)
    many, _kinds = count()

    # 5 results of 5 types, then a page of 10 out of 40: no query per result, at most one
    # per type shown (a type may not make the first page).
    assert many <= few
    assert many <= QUERY_BUDGET


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming needs PostgreSQL")
def test_a_resource_file_title_is_stemmed_in_the_page_language(client, sections):
    resource(sections, title="Field guide", document_title="Measuring soil organic carbon")

    assert titles(client.get("/en/search/?q=measures")) == ["Field guide"]


def test_body_of_sections_is_searched_too(client, sections):
    news(sections, title="Website", body=body("The Consortium of Members met in Bonn."))

    assert titles(client.get("/en/search/?q=consortium")) == ["Website"]


def test_editors_search_and_filter_organisations_in_the_admin(admin_client, locales):
    OrganisationFactory(name="Bonn Soils", status="partner", college="research-education")
    OrganisationFactory(name="Bonn University", status="member", college="research-education")
    OrganisationFactory(name="Agrisoil", status="partner", college="private-sector")

    response = admin_client.get(
        "/admin/snippets/involved/organisation/",
        {
            "q": "bonn",
            "status": "partner",
            "college": "research-education",
            "locale": "en",
            "ordering": "-name",
        },
    )

    assert response.status_code == 200
    names = [str(org) for org in response.context["object_list"]]
    assert names == ["Bonn Soils"]
