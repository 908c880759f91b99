import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from news.models import NewsAndResourcesPage, NewsIndexPage, NewsPage
from tests.home.factories import ContentPageFactory, TopicFactory
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [h2.get_text(strip=True) for h2 in soup(response).select(".news-card h2")]


def test_page_creation_rules(home_page, news_index):
    section = news_index.get_parent().specific
    other = ContentPageFactory(parent=home_page, slug="about")

    assert isinstance(section, NewsAndResourcesPage)
    assert not NewsIndexPage.can_create_at(home_page)
    assert not NewsIndexPage.can_create_at(section)  # one per parent
    assert not NewsIndexPage.can_create_at(other)
    assert NewsPage.can_create_at(news_index)
    assert not NewsPage.can_create_at(section)
    assert NewsPage.allowed_subpage_models() == []


def test_index_lists_newest_first_with_pagination_that_tolerates_junk(client, news_index):
    for day in range(1, 13):
        NewsPageFactory(parent=news_index, title=f"Day {day}", date=datetime.date(2018, 3, day))
    url = "/en/news-and-resources/news/"

    first = titles(client.get(url))
    assert first == [f"Day {day}" for day in range(12, 2, -1)]
    assert titles(client.get(url + "?page=2")) == ["Day 2", "Day 1"]
    assert titles(client.get(url + "?page=abc")) == first
    assert titles(client.get(url + "?page=9999")) == ["Day 2", "Day 1"]
    assert titles(client.get(url + "?page=1.5&year=soon&topic=<script>")) == first
    links = soup(client.get(url)).select(".pagination a[rel=next]")
    assert links[0]["href"] == "?page=2"


def test_index_filters_by_topic_and_year_and_keeps_filters_across_pages(client, news_index):
    soil = TopicFactory(name="Soil carbon", slug="soil-carbon")
    TopicFactory(name="Food security", slug="food-security")
    award = NewsPageFactory(parent=news_index, title="Award", date=datetime.date(2017, 9, 12))
    award.topics.set([soil])
    award.save_revision().publish()
    NewsPageFactory(parent=news_index, title="Website", date=datetime.date(2017, 6, 1))
    NewsPageFactory(parent=news_index, title="Platform", date=datetime.date(2018, 2, 1))
    url = "/en/news-and-resources/news/"

    assert titles(client.get(url + "?topic=soil-carbon")) == ["Award"]
    assert titles(client.get(url + "?year=2017")) == ["Award", "Website"]
    assert titles(client.get(url + "?year=2017&topic=soil-carbon")) == ["Award"]
    assert titles(client.get(url + "?year=2018&topic=soil-carbon")) == []
    # Values that are not offered are ignored rather than giving an empty or broken page.
    assert titles(client.get(url + "?topic=unknown&year=1999")) == ["Platform", "Award", "Website"]

    html = soup(client.get(url + "?year=2017"))
    assert [o["value"] for o in html.select("#news-year option")] == ["", "2018", "2017"]
    # Only topics some news use are offered.
    assert [o["value"] for o in html.select("#news-topic option")] == ["", "soil-carbon"]
    assert html.select_one("#news-year option[selected]")["value"] == "2017"
    assert html.find("label", attrs={"for": "news-topic"}).get_text() == "Topic"
    empty = soup(client.get(url + "?year=2018&topic=soil-carbon"))
    assert "No news matches this selection." in empty.main.get_text()


def test_news_page_shows_its_facts_and_links_the_feeds(client, news_index):
    soil = TopicFactory(name="Soil carbon", slug="soil-carbon")
    about = ContentPageFactory(parent=news_index.get_parent().get_parent(), slug="about")
    image = Image.objects.create(title="Ordos", file=get_test_image_file())
    page = NewsPageFactory(
        parent=news_index,
        slug="award",
        title="Future Policy Vision Award 2017",
        date=datetime.date(2017, 9, 12),
        listing_image=image,
        listing_image_alt="The award ceremony in Ordos",
    )
    page.topics.set([soil])
    page.related_pages.create(related=about)
    page.save_revision().publish()

    html = soup(client.get("/en/news-and-resources/news/award/"))

    assert html.h1.get_text() == "Future Policy Vision Award 2017"
    assert html.find("time")["datetime"] == "2017-09-12"
    assert html.select_one(".news-page img")["alt"] == "The award ceremony in Ordos"
    assert (
        html.find("a", string="Soil carbon")["href"]
        == "/en/news-and-resources/news/?topic=soil-carbon"
    )
    assert html.find("a", href="/en/about/") is not None
    feeds = {link["type"]: link["href"] for link in html.head.find_all("link", type=True)}
    assert feeds["application/rss+xml"] == "/en/news/feed/"
    assert feeds["application/atom+xml"] == "/en/news/feed/atom/"
    listing = soup(client.get("/en/news-and-resources/news/"))
    assert listing.select_one(".news-card img")["alt"] == "The award ceremony in Ordos"
    # Responsive images in modern formats, lazily loaded in listings.
    sources = listing.select(".news-card picture source")
    assert [s["type"] for s in sources] == ["image/avif", "image/webp"]
    # Two widths each (the small test image is not enlarged past its own width).
    assert all(s["srcset"].startswith("/") and len(s["srcset"].split(", ")) == 2 for s in sources)
    assert listing.select_one(".news-card img")["loading"] == "lazy"
    assert html.select_one(".news-page picture source[type='image/avif']") is not None


def test_listing_image_needs_alternative_text(news_index):
    image = Image.objects.create(title="Ordos", file=get_test_image_file())
    page = NewsPage(title="Award", slug="award", listing_image=image, listing_image_alt=" ")

    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "listing_image_alt" in error.value.message_dict
