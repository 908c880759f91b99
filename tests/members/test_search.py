"""Members search the platform at /<lang>/platform/search/: discussions, shared knowledge and
joint projects, by words, each text in its own language's configuration on PostgreSQL. Posts
the Secretariat hid are never found; any input gives a page with the query still in its box;
a page of results costs the same queries for 10 matches as for 300."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.utils import timezone

from discussions import moderation
from discussions.formatting import render
from discussions.models import Forum, Post, Thread
from discussions.threads import reply, start_thread
from knowledge.models import KnowledgeItem
from members.views.search import RESULTS_PER_GROUP
from projects.models import Project
from tests.helpers import QUERY_BUDGET, queries_for, sitemap_paths
from tests.knowledge.factories import KnowledgeItemFactory
from tests.members.factories import MemberProfileFactory, UserFactory
from tests.projects.factories import ProjectFactory

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="stemming and accent folding come from PostgreSQL full-text search; "
    "CI runs this test on PostgreSQL",
)


@pytest.fixture
def forum(db):
    return Forum.objects.create(name_en="Soils and climates", name_fr="Sols et climats")


@pytest.fixture
def author(home_page):
    return MemberProfileFactory(user__first_name="Pablo", user__last_name="Ruiz")


@pytest.fixture
def moderator(db):
    return UserFactory()


def page(client, query, language="en"):
    response = client.get(f"/{language}/platform/search/", {"q": query})
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def group(html, title):
    return next(group for group in html.select(".platform-search-group") if title in group.h2.text)


def found(client, query, language="en"):
    """{group title: [result titles]} for the groups with results."""
    groups = {}
    for group in page(client, query, language).select(".platform-search-group"):
        titles = [link.get_text() for link in group.select(".search-result__title a")]
        if titles:
            groups[group.h2.contents[0].strip()] = titles
    return groups


def test_one_search_finds_discussions_shared_knowledge_and_projects(member_client, forum, author):
    thread = start_thread(forum, author.user, "Cover crops in Thiès", "Millet after rain.", "en")
    KnowledgeItemFactory(title="Cover crops handbook", summary="A guide.", language="en")
    ProjectFactory(title="Living soils", summary="Cover crops for smallholders.")
    KnowledgeItemFactory(title="Irrigation", summary="Nothing about it.")

    assert found(member_client, "cover CROPS") == {
        "Discussions": ["Cover crops in Thiès"],
        "Shared knowledge": ["Cover crops handbook"],
        "Joint projects": ["Living soils"],
    }
    html = page(member_client, "cover crops")
    result = group(html, "Discussions").select_one(".search-result")
    assert result.a["href"] == f"/en/platform/discussions/post/{thread.posts.get().pk}/"
    assert "English" in result.select_one(".search-result__meta").get_text()
    snippet = group(html, "Joint projects").select_one(".search-result__snippet")
    assert [str(mark) for mark in snippet("mark")] == ["<mark>Cover</mark>", "<mark>crops</mark>"]


def test_replies_are_found_by_their_text_and_threads_by_their_title(member_client, forum, author):
    thread = start_thread(forum, author.user, "Compost", "How do you start?", "en")
    reply(thread, author.user, "Mulch keeps the **moisture** in.", "en")
    other = start_thread(forum, author.user, "Moisture sensors", "Which ones?", "en")
    reply(other, author.user, "These ones.", "en")

    html = page(member_client, "moisture")
    snippets = [item.get_text() for item in html.select(".search-result__snippet")]
    titles = [item.get_text() for item in html.select(".search-result__title a")]
    # The reply itself, its Markdown gone; the other thread once, by its first post.
    assert titles == ["Moisture sensors", "Compost"]
    assert snippets == ["Which ones?", "Mulch keeps the moisture in."]


def test_hidden_posts_are_never_found(member_client, forum, author, moderator):
    thread = start_thread(forum, author.user, "Field trials", "Sorghum yields rose.", "en")
    hidden = reply(thread, author.user, "Sorghum seed for sale, call me.", "en")
    moderation.hide(hidden, moderator, "advertising")
    assert found(member_client, "sorghum") == {"Discussions": ["Field trials"]}
    assert found(member_client, "sale") == {}

    # A thread whose opening post is hidden is found by its title through a visible reply;
    # with nothing of it left to read, it is not found at all.
    moderation.hide(thread.posts.order_by("pk").first(), moderator, "off topic")
    assert found(member_client, "field trials") == {}
    reply(thread, author.user, "Millet did well too.", "en")
    assert found(member_client, "field trials") == {"Discussions": ["Field trials"]}
    assert "Sorghum" not in str(page(member_client, "field trials"))


def test_a_locked_thread_is_still_found(member_client, forum, author):
    thread = start_thread(forum, author.user, "Agroforestry", "Shade trees.", "en")
    Thread.objects.filter(pk=thread.pk).update(locked=True)
    assert found(member_client, "shade") == {"Discussions": ["Agroforestry"]}


@on_postgresql
def test_on_postgresql_each_text_is_stemmed_in_its_own_language(member_client, forum, author):
    start_thread(forum, author.user, "Carbone", "Le sol vivant nourrit les plantes.", "fr")
    start_thread(forum, author.user, "Suelos", "Las prácticas agrícolas del Sahel.", "es")
    start_thread(forum, author.user, "Farmers", "Farmers storing carbon.", "en")
    KnowledgeItemFactory(title="Sécurité alimentaire", summary="Des sols.", language="fr")
    ProjectFactory(title="Restauración", summary="Suelos degradados.", partners_sought="")

    assert found(member_client, "sols", "fr") == {
        "Discussions": ["Carbone"],
        "Connaissances partagées": ["Sécurité alimentaire"],
    }
    assert found(member_client, "practica agricola") == {"Discussions": ["Suelos"]}
    assert found(member_client, "farmer stored") == {"Discussions": ["Farmers"]}
    assert found(member_client, "securite") == {"Shared knowledge": ["Sécurité alimentaire"]}
    assert found(member_client, "suelo degradado") == {"Joint projects": ["Restauración"]}


@on_postgresql
def test_on_postgresql_a_hidden_post_is_not_found_either(member_client, forum, author, moderator):
    thread = start_thread(forum, author.user, "Carbone", "Rien à signaler.", "fr")
    moderation.hide(reply(thread, author.user, "Les sols du Sahel.", "fr"), moderator)
    assert found(member_client, "sols", "fr") == {}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_page_and_the_menu_speak_the_readers_language(member_client, language):
    html = member_client.get(f"/{language}/platform/").content.decode()
    box = BeautifulSoup(html, "html.parser").select_one(".platform-nav form[role=search]")
    assert box["action"] == f"/{language}/platform/search/"
    label = {"en": "Search the platform", "fr": "Chercher", "es": "Buscar"}[language]
    assert box.label.get_text().startswith(label)
    KnowledgeItemFactory(title="Carbon farming", summary="Soil carbon.")
    html = page(member_client, "carbon", language)
    assert found(member_client, "carbon", language) == {
        {
            "en": "Shared knowledge",
            "fr": "Connaissances partagées",
            "es": "Conocimientos compartidos",
        }[language]: ["Carbon farming"]
    }
    # On the search page, its own box holds the query; the menu's box is not repeated.
    assert html.select_one("main input[name=q]")["value"] == "carbon"
    assert html.select_one(".platform-nav form[role=search]") is None


def test_the_list_of_shared_knowledge_shows_them_all(member_client):
    for n in range(RESULTS_PER_GROUP + 2):
        KnowledgeItemFactory(title=f"Biochar {n}", summary="Char.")
    shared = group(page(member_client, "biochar"), "Shared knowledge")
    assert len(shared.select(".search-result")) == RESULTS_PER_GROUP
    assert f"({RESULTS_PER_GROUP + 2})" in shared.h2.get_text()
    assert (
        f"The {RESULTS_PER_GROUP} most recent of {RESULTS_PER_GROUP + 2} results."
        in shared.get_text()
    )
    link = shared.select_one(".platform-search-group__more a")
    assert link["href"] == "/en/platform/knowledge/?q=biochar"
    listing = member_client.get(link["href"]).content.decode()
    assert all(f"Biochar {n}" in listing for n in range(RESULTS_PER_GROUP + 2))


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": ""},
        {"q": "   "},
        {"q": "!!! ??? \"'"},
        {"q": "sol\x00 & | ! :* <->"},
        {"q": "carbone " * 1250},
        {"q": "x", "page": "abc", "lang": "zz", "q2": "1"},
        {"q": ["a", "b"]},
    ],
)
def test_any_input_gives_a_clear_page_with_the_query_kept(member_client, params):
    response = member_client.get("/en/platform/search/", params)
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    box = html.select_one("main input[name=q]")
    query = params.get("q", "")
    query = query[-1] if isinstance(query, list) else query
    kept = " ".join(query.replace("\x00", " ").split())[:200].rstrip()
    assert box.get("value", "") == kept


def test_a_long_query_is_shortened_and_said_so(member_client):
    html = page(member_client, "carbone " * 1250)
    assert "only its first 200 characters were used" in html.get_text()
    assert "Nothing matches" in html.get_text()


def test_a_query_without_words_says_so(member_client):
    assert "no words to look for" in page(member_client, "?!").get_text()
    assert "no words to look for" not in page(member_client, "").get_text()


def test_the_search_stays_for_members(client, member, forum, author):
    start_thread(forum, author.user, "Cover crops in Thiès", "Millet after rain.", "en")
    ProjectFactory(title="Cover crops alliance")
    anonymous = Client()
    response = anonymous.get("/en/platform/search/?q=cover")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/?next=")
    assert "Cover crops" not in response.content.decode()
    assert "Cover crops" not in anonymous.get("/en/search/?q=cover").content.decode()
    assert "/en/platform/search/" not in sitemap_paths(anonymous)


def add_matches(start, count, forum, user):
    """`count` threads, posts, items and projects holding the word "biochar", in bulk."""
    now = timezone.now()
    threads = Thread.objects.bulk_create(
        Thread(forum=forum, author=user, title=f"Biochar {n}", language="fr")
        for n in range(start, start + count)
    )
    Post.objects.bulk_create(
        Post(
            thread=thread,
            author=user,
            body="Le biochar.",
            html=render("Le biochar."),
            language="fr",
        )
        for thread in threads
    )
    KnowledgeItem.objects.bulk_create(
        KnowledgeItem(
            author=user, title=f"Biochar {n}", summary="Char.", language="en", created_at=now
        )
        for n in range(start, start + count)
    )
    Project.objects.bulk_create(
        Project(proposer=user, title=f"Biochar {n}", summary="Char.", created_at=now)
        for n in range(start, start + count)
    )


def test_the_page_costs_the_same_queries_for_10_matches_as_for_300(member_client, forum):
    user = get_user_model().objects.create(username="bulk@example.org")
    url = "/fr/platform/search/?q=biochar"
    add_matches(0, 10, forum, user)
    few = queries_for(member_client, url)
    add_matches(10, 290, forum, user)
    many = queries_for(member_client, url)
    newest = [f"Biochar {n}" for n in range(299, 299 - RESULTS_PER_GROUP, -1)]
    assert found(member_client, "biochar", "fr") == {
        "Discussions": newest,
        "Connaissances partagées": newest,
        "Projets communs": newest,
    }
    assert many == few <= QUERY_BUDGET
