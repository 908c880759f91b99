import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.helpers import QUERY_BUDGET, queries_for
from tests.home.factories import TopicFactory
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def add_news(index, count, topics, image):
    for _ in range(count):
        page = NewsPageFactory(parent=index, listing_image=image, listing_image_alt="A field")
        page.topics.set(topics)
        page.save()


URLS = [
    "/en/news-and-resources/news/",
    "/en/news-and-resources/news/?year=2017",
    "/en/",
    "/en/news/feed/",
]


def test_news_queries_do_not_grow_with_the_number_of_items(client, news_index):
    topics = [TopicFactory(), TopicFactory()]
    image = Image.objects.create(title="Field", file=get_test_image_file())
    add_news(news_index, 10, topics, image)
    few = {url: queries_for(client, url) for url in URLS}

    add_news(news_index, 190, topics, image)
    many = {url: queries_for(client, url) for url in URLS}

    print(f"Queries with 10 news items: {few}; with 200: {many}")
    assert many == few
    assert max(many.values()) <= QUERY_BUDGET
