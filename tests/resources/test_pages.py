import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from resources.models import ResourceIndexPage, ResourcePage
from tests.home.factories import ContentPageFactory, TopicFactory
from tests.resources.factories import (
    DocumentFactory,
    ResourceFileFactory,
    ResourcePageFactory,
    ResourceTypeFactory,
)

pytestmark = pytest.mark.django_db
URL = "/en/news-and-resources/resources/"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [h2.get_text(strip=True) for h2 in soup(response).select(".resource-card h2")]


def options(response, select_id):
    return [o.get_text(strip=True) for o in soup(response).select(f"#{select_id} option")][1:]


def test_page_creation_rules(home_page, resource_index):
    section = resource_index.get_parent()

    assert not ResourceIndexPage.can_create_at(home_page)
    assert not ResourceIndexPage.can_create_at(section)  # one per parent
    assert not ResourceIndexPage.can_create_at(ContentPageFactory(parent=home_page))
    assert ResourcePage.can_create_at(resource_index)
    assert not ResourcePage.can_create_at(section)


def test_resource_page_shows_each_file_with_language_format_and_size(client, resource_index):
    official = ResourceTypeFactory(name="Official document", slug="official-document")
    page = ResourcePageFactory(
        parent=resource_index,
        slug="criteria",
        title="Reference criteria",
        resource_type=official,
        publication_year=2018,
        authors="Scientific and Technical Committee",
        doi="10.1111/gcb.13178",
    )
    english = DocumentFactory(title="Criteria", file=ContentFile(b"x" * 2048, name="criteria.pdf"))
    french = DocumentFactory(title="Critères", file=ContentFile(b"a;b\n", name="criteres.csv"))
    ResourceFileFactory(page=page, document=english, language="en")
    ResourceFileFactory(page=page, document=french, language="fr")

    html = soup(client.get("/en/news-and-resources/resources/criteria/"))

    rows = [
        [cell.get_text(strip=True) for cell in row.find_all(["th", "td"])]
        for row in html.select(".resource-files tbody tr")
    ]
    assert rows == [
        ["Criteria", "English", "PDF", "2.0\xa0KB"],
        ["Critères", "French", "CSV", "4\xa0bytes"],
    ]
    assert html.select_one(".resource-files th a")["href"] == english.url
    assert html.select_one(".resource-files th a")["hreflang"] == "en"
    assert [th["scope"] for th in html.select(".resource-files thead th")] == ["col"] * 4
    facts = html.select_one(".resource-page__facts").get_text(" ", strip=True)
    assert "Official document" in facts and "2018" in facts
    assert "Scientific and Technical Committee" in facts
    assert html.find("a", string="10.1111/gcb.13178")["href"] == "https://doi.org/10.1111/gcb.13178"


def test_doi_is_stored_without_resolver_prefix_and_checked():
    page = ResourcePage(title="Paper", doi="https://doi.org/10.1111/gcb.13178")
    page.clean()
    assert page.doi == "10.1111/gcb.13178"

    with pytest.raises(ValidationError):
        ResourcePage(title="Paper", doi="not-a-doi").clean()


@pytest.fixture
def library(resource_index):
    official = ResourceTypeFactory(name="Official document", slug="official-document")
    guide = ResourceTypeFactory(name="Guide or report", slug="guide-or-report")
    soil = TopicFactory(name="Soil carbon", slug="soil-carbon")
    research = TopicFactory(name="Research", slug="research")

    def resource(title, kind, year, topics, languages):
        page = ResourcePageFactory(
            parent=resource_index, title=title, resource_type=kind, publication_year=year
        )
        page.topics.set(topics)
        page.save()
        for language in languages:
            ResourceFileFactory(page=page, language=language)
        return page

    resource("Criteria", official, 2018, [soil], ["en", "fr"])
    resource("Pillars", official, 2017, [research, soil], ["en"])
    resource("Agroforestry guide", guide, 2016, [soil], ["es", "other"])
    return resource_index


def test_filters_combine_and_count_the_other_filters_results(client, library):
    assert titles(client.get(URL)) == ["Criteria", "Pillars", "Agroforestry guide"]
    assert titles(client.get(URL + "?type=official-document")) == ["Criteria", "Pillars"]
    assert titles(client.get(URL + "?topic=research")) == ["Pillars"]
    assert titles(client.get(URL + "?year=2018")) == ["Criteria"]
    assert titles(client.get(URL + "?in_my_language=1")) == ["Criteria", "Pillars"]
    assert titles(client.get(URL + "?type=official-document&year=2017")) == ["Pillars"]

    filtered = client.get(URL + "?type=official-document")
    # Each filter counts what choosing it would give with the other filters kept.
    assert options(filtered, "resource-type") == ["Guide or report (1)", "Official document (2)"]
    assert options(filtered, "resource-topic") == ["Research (1)", "Soil carbon (2)"]
    assert options(filtered, "resource-year") == ["2018 (1)", "2017 (1)"]
    label = soup(filtered).find("label", attrs={"for": "resource-language"}).get_text()
    assert label == "Available in English (2)"


def test_counts_kept_between_visits_follow_each_publication(client, library):
    filtered = URL + "?type=official-document"
    assert options(client.get(filtered), "resource-year") == ["2018 (1)", "2017 (1)"]
    official = ResourcePage.objects.get(title="Criteria").resource_type

    ResourcePageFactory(
        parent=library, title="Roadmap", resource_type=official, publication_year=2018
    )

    response = client.get(filtered)
    assert options(response, "resource-year") == ["2018 (2)", "2017 (1)"]
    assert "Roadmap" in titles(response)


def test_sorting_and_junk_parameters(client, library):
    assert titles(client.get(URL + "?sort=title")) == ["Agroforestry guide", "Criteria", "Pillars"]
    assert titles(client.get(URL + "?sort=date")) == ["Criteria", "Pillars", "Agroforestry guide"]
    everything = titles(client.get(URL))
    junk = "?type=nope&topic=%00&year=abc&in_my_language=yes&sort=random&page=abc"
    assert titles(client.get(URL + junk)) == everything
    assert titles(client.get(URL + "?page=9999")) == everything
    assert titles(client.get(URL + "?year=1850")) == everything
    assert (
        "No resource matches" in soup(client.get(URL + "?topic=research&year=2016")).main.get_text()
    )


def test_listing_shows_the_languages_of_each_resource(client, library):
    cards = soup(client.get(URL + "?sort=title")).select(".resource-card")

    languages = [c.select_one(".resource-card__languages").get_text(" ", strip=True) for c in cards]
    assert languages == ["Files in: ES , other language", "Files in: EN , FR", "Files in: EN"]
    meta = cards[1].select_one(".resource-card__meta").get_text(" ", strip=True)
    assert meta == "Official document · 2018"


def test_a_resource_without_a_year_shows_none_and_comes_after_dated_ones(client, library):
    """Nobody vouches for a year: the listing and the page say nothing rather than guess."""
    official = library.get_children().specific().first().resource_type
    undated = ResourcePageFactory(
        parent=library, title="Summary table", resource_type=official, publication_year=None
    )

    assert titles(client.get(URL)) == ["Criteria", "Pillars", "Agroforestry guide", "Summary table"]
    card = soup(client.get(URL + "?sort=title")).select(".resource-card")[-1]
    assert card.select_one(".resource-card__meta").get_text(" ", strip=True) == "Official document"
    page = soup(client.get(undated.url))
    assert "Year" not in page.main.get_text()
