import pytest
from wagtail_localize.synctree import synchronize_tree

from tests.news.factories import NewsAndResourcesPageFactory, NewsIndexPageFactory


@pytest.fixture
def news_index(home_page):
    section = NewsAndResourcesPageFactory(parent=home_page)
    return NewsIndexPageFactory(parent=section)


@pytest.fixture
def in_french(news_index, locales, translate):
    """Builds the French tree as the site does: copies of every English page, then the home
    page and the news index translated. Call it after creating the English news."""

    def _build():
        synchronize_tree(locales["en"], locales["fr"])
        translate(news_index.get_parent().get_parent(), locales["fr"], {"Welcome": "Bienvenue"})
        return translate(news_index, locales["fr"], {"News": "Actualités", "news": "actualites"})

    return _build
