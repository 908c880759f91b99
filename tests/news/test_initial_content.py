import feedparser
import pytest
from bs4 import BeautifulSoup

from news.models import NewsPage
from tests.helpers import load_initial_content


# Not wrapped in a transaction: wagtail-localize publishes translations on commit.
@pytest.mark.django_db(transaction=True)
def test_initial_news_from_the_presentation_in_three_languages(
    root_page, client, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    load_initial_content()
    load_initial_content()

    english = NewsPage.objects.filter(locale__language_code="en")
    # The seed dates one news item only; its other deliverables are undated.
    assert english.count() == 1
    award = english.get(slug="future-policy-vision-award-2017")
    assert award.date.isoformat() == "2017-09-12"
    assert "Ordos (Inner Mongolia, China)" in award.intro
    assert {t.slug for t in award.topics.all()} == {"soil-carbon", "cooperation"}

    french = BeautifulSoup(
        client.get("/fr/actualites-et-ressources/actualites/").content, "html.parser"
    )
    assert french.h1.get_text() == "Actualités"
    cards = {c.h2.get_text(strip=True): c for c in french.select(".news-card")}
    translated = cards[
        "L’Initiative «\u00a04 pour 1000\u00a0» reçoit le Future Policy Vision Award 2017"
    ]
    assert translated.select_one(".tag--untranslated") is None
    assert "Carbone du sol" in [a.get_text() for a in french.select("#news-topic option")]

    spanish_feed = feedparser.parse(client.get("/es/news/feed/").content)
    assert spanish_feed.feed.language == "es"
    assert len(spanish_feed.entries) == 1
    assert spanish_feed.entries[0].link.startswith(
        "http://testserver/es/noticias-y-recursos/noticias/"
    )
    home = BeautifulSoup(client.get("/es/").content, "html.parser")
    assert home.find(id="latest-news-heading").get_text() == "Últimas noticias"
    assert len(home.select(".latest-news li")) == 1
