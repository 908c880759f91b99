"""A news article built again (a URL with a query string, a page cache that dropped it) costs
no query but the content version: its route keeps the article with its images, topics and
related pages, and its pictures are kept as markup. Each change still shows at once, and a
preview shows the draft's own images and topics."""

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.images.models import AbstractImage, Image
from wagtail.images.tests.utils import get_test_image_file

from news.models import NewsPageRelatedPage
from tests.helpers import recorded_queries
from tests.home.factories import ContentPageFactory, TopicFactory
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

URL = "/en/news-and-resources/news/award/"
VERSION = "SELECT token FROM sitewide_contentversion WHERE id = 1"


@pytest.fixture
def article(news_index):
    about = ContentPageFactory(parent=news_index.get_parent().get_parent(), slug="about")
    page = NewsPageFactory(
        parent=news_index,
        slug="award",
        title="Future Policy Vision Award 2017",
        date=datetime.date(2017, 9, 12),
        listing_image=Image.objects.create(title="Ordos", file=get_test_image_file()),
        listing_image_alt="The award ceremony in Ordos",
    )
    page.topics.set([TopicFactory(name="Soil carbon", slug="soil-carbon")])
    page.related_pages.create(related=about)
    page.save_revision().publish()
    return page


@pytest.fixture
def renditions_read(monkeypatch):
    """How many times Wagtail looked an image's renditions up."""
    calls = []
    get_renditions = AbstractImage.get_renditions
    monkeypatch.setattr(
        AbstractImage,
        "get_renditions",
        lambda image, *filters: calls.append(image.pk) or get_renditions(image, *filters),
    )
    return calls


def shown(response):
    html = BeautifulSoup(response.content, "html.parser")
    return {
        "topics": [a.get_text() for a in html.select(".tags a")],
        "related": [a["href"] for a in html.select(".news-page ul:not(.tags) a")],
        "image": html.select_one(".news-page img")["alt"],
        "avif": html.select_one(".news-page source[type='image/avif']")["srcset"],
        "social": html.find("meta", property="og:image")["content"],
    }


def test_an_article_built_again_costs_the_content_version_only(client, article, renditions_read):
    first = client.get(URL)
    assert renditions_read  # the first build looks the renditions up

    renditions_read.clear()
    # A query string: the page is built again, not taken from the page cache.
    with recorded_queries() as queries:
        again = client.get(f"{URL}?from=newsletter")

    # The content version, before and after, and the related pages in the reader's language:
    # nothing of the article, its images or topics.
    others = [sql for sql in queries if sql != VERSION]
    assert len(queries) == 3 and len(others) == 1, queries
    assert others[0].startswith('SELECT "wagtailcore_page"."id"')
    assert '"wagtailcore_page"."translation_key" IN' in others[0]
    assert renditions_read == []
    assert shown(again) == shown(first)
    assert shown(first)["topics"] == ["Soil carbon"]
    assert shown(first)["related"] == ["/en/about/"]
    assert "fill-1200x630" in shown(first)["social"]


def test_each_change_to_the_article_shows_at_the_next_request(client, article):
    before = shown(client.get(URL))
    article.topics.set([TopicFactory(name="Food security", slug="food-security")])
    article.listing_image = Image.objects.create(title="Field", file=get_test_image_file())
    article.listing_image_alt = "A field after harvest"
    article.related_pages = []
    article.save_revision().publish()

    after = shown(client.get(f"{URL}?from=newsletter"))

    assert after["topics"] == ["Food security"]
    assert after["related"] == []
    assert after["image"] == "A field after harvest"
    assert after["avif"] != before["avif"]


def test_a_saved_image_has_its_renditions_looked_up_again(client, article, renditions_read):
    client.get(URL)
    image = article.listing_image
    image.focal_point_x, image.focal_point_y = 10, 10
    image.focal_point_width, image.focal_point_height = 20, 20
    image.save()  # a change of content

    renditions_read.clear()
    response = client.get(URL)

    assert response.status_code == 200
    assert renditions_read == [image.pk]  # not the markup kept before the change


def test_a_preview_shows_the_drafts_image_and_topics(client, article):
    client.get(URL)  # the live article is kept with its route and its picture
    draft = article.get_latest_revision_as_object()
    draft.listing_image = Image.objects.create(title="Field", file=get_test_image_file())
    draft.listing_image_alt = "A field after harvest"
    draft.topics = [TopicFactory(name="Food security", slug="food-security")]
    draft.save_revision()

    preview = shown(draft.make_preview_request())

    assert preview["image"] == "A field after harvest"
    assert preview["topics"] == ["Food security"]
    assert shown(client.get(URL))["topics"] == ["Soil carbon"]


def test_a_previews_queries_do_not_grow_with_its_related_pages(article, news_index):
    made = iter(range(100))

    def queries_of_preview(related_count):
        draft = article.get_latest_revision_as_object()
        draft.related_pages = [
            NewsPageRelatedPage(
                related=NewsPageFactory(parent=news_index, slug=f"related-{next(made)}")
            )
            for _ in range(related_count)
        ]
        with recorded_queries() as queries:
            response = draft.make_preview_request()
        assert len(shown(response)["related"]) == related_count
        return len(queries)

    queries_of_preview(1)  # the caches the first preview fills
    assert queries_of_preview(1) == queries_of_preview(4)
