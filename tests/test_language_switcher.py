"""The language switcher and hreflang keep the reader's view: a routable page's route (the past
events) and the filters or search they chose, in every language; and each view says which
language its parts are in."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from events.models import EventIndexPage, EventPage
from home.models import Topic
from involved.models import DirectoryPage
from news.models import NewsIndexPage
from resources.models import ResourceIndexPage
from sitewide.content_loading import synchronise_trees
from tests.events.factories import EventPageFactory
from tests.helpers import load_initial_content

pytestmark = pytest.mark.django_db
LANGUAGES = ["en", "fr", "es"]


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def switcher(html):
    nav = html.find("nav", class_="language-switcher")
    return {a["hreflang"]: a["href"] for a in nav.find_all("a")}


def alternates(html):
    return {
        link["hreflang"]: link["href"]
        for link in html.head.find_all("link", rel="alternate")
        if link.get("hreflang") and link["hreflang"] != "x-default"
    }


def urls(model):
    return {page.locale.language_code: page.url for page in model.objects.live()}


def test_switcher_and_hreflang_keep_the_view_and_its_query(client, root_page):
    load_initial_content()
    topic = Topic.objects.filter(locale__language_code="en").first().slug
    year = EventPage.objects.filter(locale__language_code="en").first().start_date.year
    views = [
        # (the page in each language, the route under it, the query the switcher keeps)
        (urls(EventIndexPage), "past/", "category=governance&country=IT"),
        (urls(EventIndexPage), "", f"year={year}"),
        (urls(NewsIndexPage), "", f"topic={topic}&year=2019"),
        (urls(ResourceIndexPage), "", f"type=report&topic={topic}&sort=title"),
        (urls(DirectoryPage), "", "college=research&country=FR"),
    ]
    for pages, route, query in views:
        assert set(pages) == set(LANGUAGES)
        for current in LANGUAGES:
            html = parse(client, f"{pages[current]}{route}?{query}&page=2")
            others = [code for code in LANGUAGES if code != current]
            # Another language may list fewer items: the page number stays behind.
            assert switcher(html) == {code: f"{pages[code]}{route}?{query}" for code in others}
            assert alternates(html) == {
                code: f"http://testserver{pages[code]}{route}" for code in LANGUAGES
            }
            canonical = html.head.find("link", rel="canonical")["href"]
            assert canonical == f"http://testserver{pages[current]}{route}"

    for current in LANGUAGES:
        html = parse(client, f"/{current}/search/?q=sols+soils")
        assert switcher(html) == {
            code: f"/{code}/search/?q=sols+soils" for code in LANGUAGES if code != current
        }


def test_past_events_are_a_view_of_their_own(client, root_page):
    load_initial_content()
    pages = urls(EventIndexPage)
    for code in LANGUAGES:
        with translation.override(code):
            past = translation.gettext("Past events")
        html = parse(client, f"{pages[code]}past/")
        assert (
            html.title.get_text()
            == f"{past} | {html.find('meta', property='og:site_name')['content']}"
        )
        assert html.h1.get_text() == past
        assert html.find("meta", property="og:title")["content"] == past
        assert (
            html.find("meta", property="og:url")["content"]
            == f"http://testserver{pages[code]}past/"
        )
        upcoming = parse(client, pages[code])
        assert upcoming.h1.get_text() != past


def test_mixed_language_parts_say_their_language(client, root_page):
    load_initial_content()
    pages = urls(EventIndexPage)
    # The initial events are all translated: one published in English since is not yet.
    EventPageFactory(parent=EventIndexPage.objects.get(locale__language_code="en"))
    synchronise_trees()
    event = EventPage.objects.get(locale__language_code="fr", alias_of__isnull=False)

    html = parse(client, f"{pages['fr']}?year={event.start_date.year}")
    link = html.find("a", href=event.url)
    assert link["lang"] == "en"  # the English title inside a French page
    marker = link.find_parent("li").find(class_="tag--untranslated")
    assert marker["lang"] == "fr"
    assert marker.get_text() == "Anglais, pas encore traduit"

    # The switcher names each language in that language, and its notes in the page's.
    html = parse(client, event.url)
    assert html.html["lang"] == "fr"
    links = html.find("nav", class_="language-switcher").find_all("a")
    assert [(a.get("lang"), a.span["lang"]) for a in links] == [(None, "en"), (None, "es")]
    note = links[1].find(class_="language-switcher__untranslated")
    assert note.get_text() == "(pas encore traduit)"
    assert links[1]["title"] == "pas encore traduit"  # shown on hover; the note is read out
    assert note.find_parent(attrs={"lang": True}) is html.html
