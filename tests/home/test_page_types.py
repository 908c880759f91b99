"""What the admin offers under "Add child page": each section its own page types, each type
with a description saying what it is for."""

import re

import pytest
from django.utils import translation
from wagtail.models import Page, get_page_models

from tests.about.factories import AboutPageFactory
from tests.events.factories import EventIndexPageFactory
from tests.home.factories import ContentPageFactory
from tests.involved.factories import GetInvolvedPageFactory
from tests.news.factories import NewsAndResourcesPageFactory, NewsIndexPageFactory
from tests.resources.factories import ResourceIndexPageFactory

pytestmark = pytest.mark.django_db


def offered_types(client, parent):
    """The page types the admin's "Add child page" screen lists for `parent`, as labels."""
    response = client.get(f"/admin/pages/{parent.pk}/add_subpage/")
    pattern = rf"/admin/pages/add/(\w+)/(\w+)/{parent.pk}/"
    if response.status_code == 302:  # a single type: the admin goes straight to its form
        return set(re.findall(pattern, response["Location"]))
    assert response.status_code == 200
    return set(re.findall(pattern, response.text))


SECTIONS = {
    "home": (
        lambda home: home,
        {
            ("about", "aboutpage"),
            ("involved", "getinvolvedpage"),
            ("news", "newsandresourcespage"),
            ("events", "eventindexpage"),
            ("home", "contentpage"),
            ("members", "platformindexpage"),
        },
    ),
    "about": (
        lambda home: AboutPageFactory(parent=home),
        {
            ("about", "governancepage"),
            ("about", "criteriapage"),
            ("about", "researchprogrammepage"),
            ("home", "contentpage"),
        },
    ),
    "get involved": (
        lambda home: GetInvolvedPageFactory(parent=home),
        {
            ("involved", "directorypage"),
            ("involved", "joinformpage"),
            ("involved", "memberspage"),
            ("involved", "contactpage"),
            ("home", "contentpage"),
        },
    ),
    "news and resources": (
        lambda home: NewsAndResourcesPageFactory(parent=home),
        {("news", "newsindexpage"), ("resources", "resourceindexpage"), ("home", "contentpage")},
    ),
    "news index": (
        lambda home: NewsIndexPageFactory(parent=NewsAndResourcesPageFactory(parent=home)),
        {("news", "newspage")},
    ),
    "resource index": (
        lambda home: ResourceIndexPageFactory(parent=NewsAndResourcesPageFactory(parent=home)),
        {("resources", "resourcepage")},
    ),
    "event index": (lambda home: EventIndexPageFactory(parent=home), {("events", "eventpage")}),
    "content page": (
        lambda home: ContentPageFactory(parent=home),
        {("home", "contentpage")},
    ),
}


@pytest.mark.parametrize("section", SECTIONS)
def test_add_child_page_offers_exactly_the_sections_own_types(admin_client, home_page, section):
    make_parent, expected = SECTIONS[section]
    assert offered_types(admin_client, make_parent(home_page)) == expected


def test_a_section_landing_page_once_per_home_page(admin_client, home_page):
    AboutPageFactory(parent=home_page)
    NewsAndResourcesPageFactory(parent=home_page)

    assert ("about", "aboutpage") not in offered_types(admin_client, home_page)
    assert ("news", "newsandresourcespage") not in offered_types(admin_client, home_page)


def test_every_page_type_says_what_it_is_for_in_each_language(admin_client, home_page):
    models = [model for model in get_page_models() if model is not Page]
    descriptions = {}
    for language in ("en", "fr", "es"):
        with translation.override(language):
            descriptions[language] = {model: str(model.get_page_description()) for model in models}

    assert [m for m in models if not descriptions["en"][m]] == []
    for language in ("fr", "es"):
        untranslated = [m for m in models if descriptions[language][m] == descriptions["en"][m]]
        assert untranslated == []
    response = admin_client.get(f"/admin/pages/{home_page.pk}/add_subpage/")
    assert "The landing page of the About section" in response.text
