"""Search as a reader uses it, on every database: results, promotions, bad input, the header box."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

from home.models import ContentPage
from tests.helpers import QUERY_BUDGET
from tests.home.factories import ContentPageFactory, body
from tests.search.factories import SearchPromotionFactory
from tests.search.reading import results, titles

pytestmark = pytest.mark.django_db


def test_finds_a_page_by_a_word_of_its_body(client, content_page):
    content_page("Governance", "The Consortium of Members meets once a year.")
    content_page("Research", "Four research pillars.")

    response = client.get("/en/search/?q=consortium")

    assert response.status_code == 200
    assert results(response) == [("Governance", "Content page")]
    snippet = BeautifulSoup(response.content, "html.parser").select_one(".search-result__snippet")
    assert [mark.get_text() for mark in snippet.find_all("mark")] == ["Consortium"]
    assert response.context["total"] == 1


def test_only_live_public_pages_of_the_active_language(client, home_page, content_page, locales):
    content_page("Open page", "Carbon sequestration in soils.")
    content_page("Draft page", "Carbon sequestration draft.", live=False)
    private = content_page("Members only", "Carbon sequestration for members.")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    assert titles(client.get("/en/search/?q=sequestration")) == ["Open page"]
    # No French tree yet: nothing in French, and no English page leaks into /fr/.
    assert titles(client.get("/fr/search/?q=sequestration")) == []


def test_locale_isolation(client, home_page, content_page, locales, translate):
    translate(home_page, locales["fr"], {"Welcome to the Initiative": "Bienvenue"})
    page = content_page("Agroforestry", "Agroforestry restores degraded land.")
    translate(
        page,
        locales["fr"],
        {"Agroforestry": "Agroforesterie", "Agroforestry restores degraded land.": "Terres."},
    )

    assert titles(client.get("/en/search/?q=restores")) == ["Agroforestry"]
    assert titles(client.get("/fr/search/?q=restores")) == []
    assert titles(client.get("/fr/search/?q=agroforesterie")) == ["Agroforesterie"]
    assert titles(client.get("/en/search/?q=agroforesterie")) == []


def test_untranslated_pages_are_found_in_their_aliases(client, home_page, content_page, locales):
    from wagtail_localize.synctree import synchronize_tree

    content_page("Peatlands", "Peatlands hold a third of soil carbon.")
    synchronize_tree(locales["en"], locales["fr"])

    response = client.get("/fr/search/?q=peatlands")

    assert titles(response) == ["Peatlands"]
    assert response.context["results"][0]["url"].startswith("/fr/")


def test_index_follows_publish_unpublish_and_delete(client, content_page):
    page = content_page("Biochar", "Biochar trials.", live=False)
    assert titles(client.get("/en/search/?q=biochar")) == []

    page.save_revision().publish()
    assert titles(client.get("/en/search/?q=biochar")) == ["Biochar"]

    page.title = "Biochar and compost"
    page.body = body("Compost trials.")
    page.save_revision().publish()
    assert titles(client.get("/en/search/?q=compost")) == ["Biochar and compost"]

    page.refresh_from_db()
    page.unpublish()
    assert titles(client.get("/en/search/?q=compost")) == []

    page.delete()
    assert titles(client.get("/en/search/?q=compost")) == []


def test_promoted_results_come_first_in_the_reader_language(
    client, home_page, content_page, locales, translate
):
    translate(home_page, locales["fr"], {"Welcome to the Initiative": "Bienvenue"})
    ordinary = content_page("Humus news", "Humus humus humus, all about humus.")
    promoted = content_page("Join the Initiative", "Become a partner.")
    translate(promoted, locales["fr"], {"Join the Initiative": "Rejoindre l'Initiative"})
    translate(
        ordinary,
        locales["fr"],
        {"Humus news": "Actualités", "Humus humus humus, all about humus.": "Sol."},
    )
    SearchPromotionFactory(query_string="Humus", page=promoted, description="How to join.")

    en = client.get("/en/search/?q=humus")
    assert titles(en) == ["Join the Initiative", "Humus news"]
    assert "How to join." in en.content.decode()

    # The French reader gets the French version of the promoted page.
    assert titles(client.get("/fr/search/?q=HUMUS")) == ["Rejoindre l'Initiative"]


def test_result_date_comes_from_the_page_type(client, content_page, monkeypatch):
    import datetime

    monkeypatch.setattr(
        ContentPage, "search_result_date", datetime.date(2019, 11, 12), raising=False
    )
    content_page("Koronivia", "Koronivia joint work on agriculture.")

    response = client.get("/en/search/?q=koronivia")

    time = BeautifulSoup(response.content, "html.parser").select_one(".search-result time")
    assert time["datetime"].startswith("2019-11-12")


def test_nothing_found_says_so_in_french_with_suggestions(client, home_page, locales, translate):
    translate(home_page, locales["fr"], {"Welcome to the Initiative": "Bienvenue"})

    response = client.get("/fr/search/?q=zzzz")

    soup = BeautifulSoup(response.content, "html.parser")
    empty = soup.select_one(".search-empty")
    assert "Aucun résultat pour «\u00a0zzzz\u00a0»" in empty.h2.get_text()
    links = {a["href"] for a in empty.find_all("a")}
    assert {"/en/search/?q=zzzz", "/es/search/?q=zzzz", "/fr/"} <= links


HOSTILE = [
    "",
    "   ",
    "x" * 2000,
    "soil' OR 1=1; DROP TABLE wagtailcore_page; --",
    '"unbalanced',
    "<script>alert(1)</script>",
    "soil & | ! ( ) : * \\ NEAR( AND OR NOT",
    "%_%",
    "sol\x00nul",
    "the",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_bad_queries_never_error_and_are_escaped(client, content_page, query):
    content_page("Soil carbon", "Soil carbon <script> in text.")

    response = client.get("/en/search/", {"q": query, "unknown": "1"})

    assert response.status_code == 200
    assert b"<script>" not in response.content


@pytest.mark.parametrize("page", ["abc", "99999", "-1", "0", "1.5"])
def test_junk_page_numbers_give_a_page_of_results(client, content_page, page):
    for number in range(12):
        content_page(f"Humus page {number}", "Humus.")

    response = client.get("/en/search/", {"q": "humus", "page": page})

    assert response.status_code == 200
    # Junk gives the first page, numbers out of range the last one.
    assert len(results(response)) == (2 if page in {"99999", "-1", "0"} else 10)


def test_long_queries_are_cut_with_a_note(client):
    response = client.get("/en/search/", {"q": "soil " * 400})

    assert response.status_code == 200
    assert len(response.context["query"]) <= 200
    assert "only its first 200 characters were used" in response.content.decode()


def test_results_are_paginated_and_links_keep_the_query(client, content_page):
    for number in range(23):
        content_page(f"Peat page {number}", "Peat.")

    response = client.get("/en/search/?q=peat&page=3&utm_source=x")

    assert len(results(response)) == 3
    prev = BeautifulSoup(response.content, "html.parser").select_one(".pagination a[rel=prev]")
    assert prev["href"] == "?q=peat&page=2"


def test_every_page_has_a_labelled_search_box_in_the_header(client, home_page, locales, translate):
    translate(home_page, locales["es"], {"Welcome to the Initiative": "Bienvenido"})

    header = BeautifulSoup(client.get("/es/").content, "html.parser").header
    form = header.find("form", role="search")

    assert form["action"] == "/es/search/"
    assert form["method"] == "get"
    field = form.find("input", attrs={"name": "q"})
    label = header.find("label", attrs={"for": field["id"]}).get_text(strip=True)
    with translation.override("es"):
        assert label == gettext("Search") != "Search"


def test_search_page_is_cacheable(client, content_page):
    content_page("Soil", "Soil.")

    response = client.get("/en/search/?q=soil")

    assert b"csrfmiddlewaretoken" not in response.content
    assert "csrftoken" not in response.cookies


def test_query_count_does_not_grow_with_the_number_of_pages(client, home_page):
    def count():
        client.get("/en/search/?q=carbon")
        with CaptureQueriesContext(connection) as ctx:
            response = client.get("/en/search/?q=carbon")
        assert len(results(response)) == 10
        return len(ctx.captured_queries)

    for number in range(10):
        ContentPageFactory(parent=home_page, title=f"Carbon {number}")
    few = count()
    for number in range(190):
        ContentPageFactory(parent=home_page, title=f"Carbon more {number}")
    many = count()

    assert many == few
    assert many <= QUERY_BUDGET


def test_other_indexed_models_join_by_giving_a_url(client, content_page, monkeypatch):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    monkeypatch.setattr(
        Document, "get_search_result_url", lambda self: f"/documents/{self.pk}/", raising=False
    )
    content_page("Atlas of soils", "The atlas, online.")
    Document.objects.create(title="Atlas of peatlands", file=ContentFile(b"%PDF", name="a.pdf"))
    Document.objects.create(title="Annual report", file=ContentFile(b"%PDF", name="b.pdf"))

    response = client.get("/en/search/?q=atlas")

    assert sorted(results(response)) == [
        ("Atlas of peatlands", "Document"),
        ("Atlas of soils", "Content page"),
    ]


def test_a_page_moved_under_a_private_section_leaves_the_results(client, content_page):
    members = content_page("Members' area", "For members.")
    PageViewRestriction.objects.create(page=members, restriction_type="login")
    minutes = content_page("Steering minutes", "Minutes of the steering committee.")
    assert titles(client.get("/en/search/?q=steering")) == ["Steering minutes"]

    minutes.move(members, pos="last-child")

    assert titles(client.get("/en/search/?q=steering")) == []


def test_the_same_question_in_another_case_or_order_is_answered_without_searching_again(
    client, content_page
):
    content_page("Soil carbon", "Soil carbon in farms.")
    content_page("Soil life", "Earthworms.")
    first = titles(client.get("/en/search/?q=Soil+carbon"))

    with CaptureQueriesContext(connection) as ctx:
        again = titles(client.get("/en/search/?q=carbon++SOIL"))

    assert first == again
    assert first[0] == "Soil carbon"
    assert "Soil life" not in first
    searches = [q["sql"] for q in ctx.captured_queries if "indexentry" in q["sql"].lower()]
    assert searches == []


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("mulch", ["Mulch trials", "Cover crops"]),  # one word, in a title or in a text
        ("trials", ["Mulch trials"]),
        ("mulch living", ["Cover crops"]),  # every word, one in the title and one in the text
        ("trials living", []),
    ],
)
def test_one_word_or_several_are_found_in_the_title_or_the_text(client, content_page, query, found):
    content_page("Mulch trials", "Straw on bare ground.")
    content_page("Cover crops", "A living mulch between rows.")

    assert sorted(titles(client.get("/en/search/", {"q": query}))) == sorted(found)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's text vectors")
def test_one_word_is_matched_against_the_title_and_the_text_not_their_join(client, content_page):
    """Joining an entry's two vectors costs three times what matching each does, on every
    entry when a word is on most pages (search/backend.py)."""
    content_page("Mulch trials", "Straw on bare ground.")

    with CaptureQueriesContext(connection) as ctx:
        assert titles(client.get("/en/search/?q=mulch")) == ["Mulch trials"]

    searches = [q["sql"] for q in ctx.captured_queries if "indexentry" in q["sql"]]
    assert searches
    assert not [sql for sql in searches if '"title" || "wagtailsearch_indexentry"' in sql]


def test_a_question_without_promotion_costs_no_promotion_query(client, content_page):
    content_page("Humus news", "Humus, all about humus.")
    join = content_page("Join the Initiative", "Become a partner.")
    SearchPromotionFactory(query_string="partner", page=join, description="How to join.")
    client.get("/en/search/?q=partner")  # what questions have promotions is now known

    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/en/search/?q=humus")

    assert titles(response) == ["Humus news"]
    assert [q for q in ctx.captured_queries if "searchpromotion" in q["sql"]] == []
    assert titles(client.get("/en/search/?q=Partner")) == ["Join the Initiative"]


def test_a_promotion_added_after_a_search_comes_first_at_once(client, content_page):
    content_page("Humus news", "Humus, all about humus.")
    join = content_page("Join the Initiative", "Become a partner.")
    assert titles(client.get("/en/search/?q=humus")) == ["Humus news"]

    SearchPromotionFactory(query_string="humus", page=join, description="How to join.")

    assert titles(client.get("/en/search/?q=humus")) == ["Join the Initiative", "Humus news"]
