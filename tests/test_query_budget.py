"""Every public page costs at most QUERY_BUDGET queries, however many items the site holds.

Measured on the real initial content, in English and in French, with 10 and then 200 news items,
events, resources and organisations (the benchmark data, with pictures): one page of each type,
the routable views (past events, calendars, downloads), each listing with its filters, search
and the news feeds. The page types are read from the models, so a new one is measured too."""

import datetime
import difflib
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, get_page_models

from events.models import EventCategory, EventIndexPage
from home.models import Topic
from involved.choices import College, Status
from involved.models import DirectoryPage
from news.models import NewsIndexPage
from resources.models import ResourceIndexPage, ResourceType
from tests.helpers import QUERY_BUDGET, cold_queries_for, load_initial_content, queries_for

LANGUAGES = ["en", "fr"]


def fixed_routes(page):
    """A routable page's views that take no argument ("past/", "ical/", "csv/")."""
    if not isinstance(page, RoutablePageMixin):
        return []
    routes = [str(pattern.pattern) for pattern in page.get_subpage_urls()]
    return [route for route in routes if route and "<" not in route]


def filters():
    """Query strings choosing a value of every filter of each listing."""
    year = datetime.date.today().year
    topic = Topic.objects.filter(locale__language_code="en").first().slug
    kind = ResourceType.objects.filter(locale__language_code="en").first().slug
    category = EventCategory.objects.filter(locale__language_code="en").first().slug
    return {
        NewsIndexPage: [f"?topic={topic}", f"?topic={topic}&year={year}&page=2"],
        ResourceIndexPage: [
            f"?type={kind}&topic={topic}&year=2019&in_my_language=1",
            "?sort=title&page=2",
        ],
        EventIndexPage: [f"?category={category}&country=FR", f"past/?year={year - 1}&page=2"],
        DirectoryPage: [f"?college={College.values[0]}&status={Status.values[0]}&country=FR"],
    }


def public_urls(language):
    """URL -> page type, for one live public page of each type in `language`."""
    urls = {}
    choices = filters()
    for model in get_page_models():
        page = (
            model.objects.live().public().filter(locale__language_code=language, depth__gt=1)
        ).first()
        if page is None:
            continue
        url = page.url
        urls[url] = model.__name__
        for route in fixed_routes(page):
            urls[url + route] = f"{model.__name__} {route}"
        for query in choices.get(model, []):
            urls[url + query] = f"{model.__name__} {query}"
    for path in ["search/?q=soil", "search/?q=soil+carbon&page=2", "news/feed/", "news/feed/atom/"]:
        urls[f"/{language}/{path}"] = path.split("?")[0]
    return urls


def measure(client):
    """url -> (queries with warm caches, queries with an empty cache), and url -> the SQL of
    the second."""
    counts, sql = {}, {}
    for language in LANGUAGES:
        for url in public_urls(language):
            sql[url] = []
            counts[url] = (queries_for(client, url), cold_queries_for(client, url, sql[url]))
    return counts, sql


def differences(url, before, after):
    """What the page's cold queries were with few items, and are with many, where they differ."""
    lines = difflib.unified_diff(before, after, "10 items", "200 items", lineterm="", n=0)
    return f"{url}:\n" + "\n".join(line[:300] for line in lines)


@pytest.mark.django_db(transaction=True)  # wagtail-localize publishes translations on commit
def test_every_public_page_stays_within_the_query_budget_from_10_to_200_items(root_page, client):
    load_initial_content()
    measured_types = set(public_urls("en").values())
    page_types = {model.__name__ for model in get_page_models() if model is not Page}
    # Every type is in the initial content; the members' area and the platform are private.
    assert page_types - measured_types == {"MembersPage", "PlatformIndexPage", "PlatformPage"}

    call_command("load_benchmark_data", each=10, stdout=io.StringIO())
    few, few_sql = measure(client)
    call_command("load_benchmark_data", each=200, stdout=io.StringIO())
    many, many_sql = measure(client)

    print("\n".join(f"{warm:3} {cold:3} {url}" for url, (warm, cold) in sorted(many.items())))
    assert {url: warm for url, (warm, _) in many.items() if warm > QUERY_BUDGET} == {}
    # Not one query more with 200 items than with 10, warm or cold (the cold count is what the
    # cached fragments cost to build); a page may need one less when, say, a kind of search
    # result drops off its first page.
    grown = {
        url: (few[url], counts)
        for url, counts in many.items()
        if counts[0] > few[url][0] or counts[1] > few[url][1]
    }
    assert grown == {}, "\n\n".join(
        differences(url, few_sql[url], many_sql[url]) for url in sorted(grown)
    )


@pytest.mark.django_db(transaction=True)
def test_the_page_explorer_and_the_translations_board_cost_the_same_from_10_to_500_items(
    root_page, client, django_user_model
):
    """The admin's explorer of a section (its children listed, 50 a page) and the Translations
    board, in a site with 10, then 500 news items (each with its French and Spanish aliases),
    events, resources and organisations."""
    load_initial_content()
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "-"))
    news = NewsIndexPage.objects.get(locale__language_code="en")
    urls = [
        f"/admin/pages/{news.pk}/",
        f"/admin/pages/{news.get_translation(Locale.objects.get(language_code='fr')).pk}/",
        f"/admin/pages/{news.pk}/?ordering=-latest_revision_created_at",
        reverse("editorial_translations"),
        reverse("editorial_translations") + "?language=fr&page=2",
    ]

    call_command("load_benchmark_data", each=10, stdout=io.StringIO())
    few = {url: queries_for(client, url) for url in urls}
    call_command("load_benchmark_data", each=500, stdout=io.StringIO())
    many = {url: queries_for(client, url) for url in urls}

    assert news.get_children().count() > 500
    print(many)
    assert {url: (few[url], count) for url, count in many.items() if count != few[url]} == {}
