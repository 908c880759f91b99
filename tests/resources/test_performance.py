import pytest

from tests.helpers import QUERY_BUDGET, queries_for
from tests.home.factories import TopicFactory
from tests.resources.factories import (
    DocumentFactory,
    ResourceFileFactory,
    ResourcePageFactory,
    ResourceTypeFactory,
)

pytestmark = pytest.mark.django_db

URLS = [
    "/en/news-and-resources/resources/",
    "/en/news-and-resources/resources/?type=type-a&topic=soil&year=2018&in_my_language=1",
    "/en/news-and-resources/resources/?sort=title&page=2",
]


def test_library_queries_do_not_grow_with_the_number_of_resources(client, resource_index):
    types = [ResourceTypeFactory(slug="type-a"), ResourceTypeFactory(slug="type-b")]
    topics = [TopicFactory(slug="soil"), TopicFactory(slug="food")]
    document = DocumentFactory()

    def add(count):
        for n in range(count):
            page = ResourcePageFactory(
                parent=resource_index, resource_type=types[n % 2], publication_year=2015 + n % 5
            )
            page.topics.set(topics[: 1 + n % 2])
            page.save()
            ResourceFileFactory(page=page, document=document, language="en")
            ResourceFileFactory(page=page, document=document, language="fr")

    add(10)
    few = {url: queries_for(client, url) for url in URLS}
    add(190)
    many = {url: queries_for(client, url) for url in URLS}

    print(f"Queries with 10 resources: {few}; with 200: {many}")
    assert many == few
    assert max(many.values()) <= QUERY_BUDGET
