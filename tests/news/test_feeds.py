import datetime

import feedparser
import pytest

from tests.home.factories import TopicFactory
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(news_index):
    soil = TopicFactory(name="Soil carbon", slug="soil-carbon")
    award = NewsPageFactory(
        parent=news_index,
        slug="award",
        title="Future Policy Vision Award 2017",
        intro="The Initiative received the award in Ordos.",
        date=datetime.date(2017, 9, 12),
    )
    award.topics.set([soil])
    award.save_revision().publish()
    NewsPageFactory(
        parent=news_index, slug="website", title="Website", date=datetime.date(2017, 6, 1)
    )
    return award


@pytest.mark.parametrize(("path", "version"), [("feed/", "rss20"), ("feed/atom/", "atom10")])
def test_feeds_are_valid_with_absolute_links(client, news, path, version):
    response = client.get(f"/en/news/{path}")

    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    assert feed.feed.link == "http://testserver/en/news-and-resources/news/"
    assert [e.title for e in feed.entries] == ["Future Policy Vision Award 2017", "Website"]
    award = feed.entries[0]
    assert award.link == "http://testserver/en/news-and-resources/news/award/"
    assert award.summary == "The Initiative received the award in Ordos."
    assert award.published_parsed[:3] == (2017, 9, 12)
    assert [t.term for t in award.tags] == ["Soil carbon"]


def test_feed_language_follows_the_url(client, news, in_french):
    in_french()

    rss = feedparser.parse(client.get("/fr/news/feed/").content)
    atom = client.get("/fr/news/feed/atom/")

    assert rss.feed.language == "fr"
    assert rss.feed.title == "Initiative «\u00a04 pour 1000\u00a0»\u00a0: actualités"
    assert rss.feed.link == "http://testserver/fr/news-and-resources/actualites/"
    # Untranslated items are in the French feed too, linking to the French tree.
    assert rss.entries[0].link == "http://testserver/fr/news-and-resources/actualites/award/"
    assert b'xml:lang="fr"' in atom.content
    assert atom["Content-Type"].startswith("application/atom+xml")


def test_a_news_item_published_after_a_reading_of_the_feed_heads_it_at_once(
    client, news, news_index
):
    before = feedparser.parse(client.get("/en/news/feed/").content)
    assert [e.title for e in before.entries] == ["Future Policy Vision Award 2017", "Website"]

    NewsPageFactory(parent=news_index, slug="cop", title="COP 30", date=datetime.date(2025, 11, 10))

    after = feedparser.parse(client.get("/en/news/feed/").content)
    assert [e.title for e in after.entries][:2] == ["COP 30", "Future Policy Vision Award 2017"]
