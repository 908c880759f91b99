"""The search backend joins its index entries to pages on the page's id as text: migration
search/0003 indexes that expression, so that a search reads the pages its words match rather
than every page of the language. Were Wagtail to join on another expression, the index would
silently serve nothing: this says so."""

import pytest
from django.db import connection
from django.utils import translation
from wagtail.models import Locale

from search.sources import ranked

JOIN = '"wagtailsearch_indexentry"."object_id" = '

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="an index of PostgreSQL's search; CI runs it"
    ),
]


def test_the_page_search_joins_pages_on_the_indexed_expression(content_page):
    content_page("Biochar in the Sahel", "How biochar keeps soil carbon.")
    sent = []
    with (
        translation.override("en"),
        connection.execute_wrapper(
            lambda execute, sql, *args: sent.append(sql) or execute(sql, *args)
        ),
    ):
        assert len(ranked(["biochar"], Locale.get_active())) == 1
    page_search = next(sql for sql in sent if JOIN in sql and "wagtailcore_page" in sql)
    page_key = operand(page_search[page_search.index(JOIN) + len(JOIN) :])
    assert "wagtailcore_page" in page_key

    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a few test pages read fast whole
        cursor.execute(f'EXPLAIN SELECT 1 FROM "wagtailcore_page" WHERE {page_key} = %s', ["7"])
        plan = "\n".join(row[0] for row in cursor.fetchall())

    assert "using search_page_id_as_text on wagtailcore_page" in plan, (page_key, plan)


def operand(text):
    """The SQL expression `text` starts with (up to a closing bracket it did not open)."""
    depth = 0
    for position, character in enumerate(text):
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth < 0 or (depth == 0 and character.isspace()):
            return text[:position]
    return text
