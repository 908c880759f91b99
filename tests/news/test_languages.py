"""The news in French and Spanish: translated items, and English items not translated yet."""

import datetime

import pytest
from bs4 import BeautifulSoup

from tests.home.factories import TopicFactory
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def test_untranslated_news_stays_in_the_french_listing_marked_as_english(
    client, news_index, in_french, locales, translate
):
    soil = TopicFactory(name="Soil carbon", slug="soil-carbon")
    translate(soil, locales["fr"], {"Soil carbon": "Carbone du sol"})
    award = NewsPageFactory(
        parent=news_index, slug="award", title="Award", date=datetime.date(2017, 9, 12)
    )
    award.topics.set([soil])
    award.save_revision().publish()
    website = NewsPageFactory(
        parent=news_index, slug="website", title="Website", date=datetime.date(2017, 6, 1)
    )
    in_french()
    translate(website, locales["fr"], {"Website": "Site web", "website": "site-web"})

    response = client.get("/fr/news-and-resources/actualites/")

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.h1.get_text() == "Actualités"
    cards = html.select(".news-card")
    assert [c.h2.get_text(strip=True) for c in cards] == ["Award", "Site web"]
    assert cards[0]["lang"] == "en"
    assert cards[0].select_one(".tag--untranslated").get_text() == "Anglais, pas encore traduit"
    assert cards[0].h2.a["href"] == "/fr/news-and-resources/actualites/award/"
    assert not cards[1].has_attr("lang")
    assert cards[1].select_one(".tag--untranslated") is None
    # Topics are named in the reader's language, and filter the French items too.
    assert cards[0].select_one(".tags a").get_text() == "Carbone du sol"
    filtered = client.get("/fr/news-and-resources/actualites/?topic=soil-carbon")
    assert "Site web" not in filtered.content.decode()
    assert "Award" in filtered.content.decode()


@pytest.mark.parametrize(
    ("language", "title", "slug", "heading"),
    [
        ("en", "News", "news", "Latest news"),
        ("fr", "Actualités", "actualites", "Dernières actualités"),
        ("es", "Noticias", "noticias", "Últimas noticias"),
    ],
)
def test_news_pages_render_in_each_language(
    client, news_index, locales, translate, language, title, slug, heading
):
    from wagtail_localize.synctree import synchronize_tree

    item = NewsPageFactory(parent=news_index, slug="award", title="Award")
    if language != "en":
        synchronize_tree(locales["en"], locales[language])
        translate(news_index.get_parent().get_parent(), locales[language], {})
        translate(news_index, locales[language], {"News": title, "news": slug})
        translate(item, locales[language], {"Award": f"Award ({language})"})

    index = client.get(f"/{language}/news-and-resources/{slug}/")
    page = client.get(f"/{language}/news-and-resources/{slug}/award/")
    home = client.get(f"/{language}/")

    for response in (index, page, home):
        assert response.status_code == 200
        assert BeautifulSoup(response.content, "html.parser").html["lang"] == language
    assert BeautifulSoup(index.content, "html.parser").h1.get_text() == title
    latest = BeautifulSoup(home.content, "html.parser").find(id="latest-news-heading")
    assert latest.get_text() == heading
    assert f"/{language}/news-and-resources/{slug}/award/" in home.content.decode()


def test_home_page_says_when_there_is_no_news_yet(client, home_page):
    html = BeautifulSoup(client.get("/en/").content, "html.parser")

    section = html.select_one(".latest-news")
    assert "No news has been published yet." in section.get_text()


def test_an_articles_related_pages_are_linked_in_the_readers_language(
    client, news_index, in_french, locales, translate
):
    website = NewsPageFactory(
        parent=news_index, slug="website", title="Website", date=datetime.date(2017, 6, 1)
    )
    report = NewsPageFactory(
        parent=news_index, slug="report", title="Report", date=datetime.date(2017, 7, 1)
    )
    award = NewsPageFactory(
        parent=news_index, slug="award", title="Award", date=datetime.date(2017, 9, 12)
    )
    award.related_pages.create(related=website)
    award.related_pages.create(related=report)
    award.save_revision().publish()
    in_french()
    translate(website, locales["fr"], {"Website": "Site web", "website": "site-web"})

    response = client.get("/fr/news-and-resources/actualites/award/")

    html = BeautifulSoup(response.content, "html.parser")
    related = html.select(".news-page ul:not(.tags) a")
    # The translated page in French; the other, not translated yet, in English.
    assert [(a.get_text(strip=True), a["href"]) for a in related] == [
        ("Site web", "/fr/news-and-resources/actualites/site-web/"),
        ("Report", "/fr/news-and-resources/actualites/report/"),
    ]
