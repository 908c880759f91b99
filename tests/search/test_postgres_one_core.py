"""The site's PostgreSQL connections plan each query on one core (fourpermille/settings/base.py):
under a crowd of searches, a parallel plan's helper processes would take the cores the other
requests wait for."""

import pytest
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="a PostgreSQL setting; CI runs it"
    ),
]

# A search over the whole index, as a word on every page asks.
QUESTION = (
    "EXPLAIN SELECT count(*) FROM wagtailsearch_indexentry "
    "WHERE title @@ to_tsquery('simple', 'soil') OR body @@ to_tsquery('simple', 'soil')"
)


def plan(cursor):
    cursor.execute(QUESTION)
    return "\n".join(row[0] for row in cursor.fetchall())


def test_a_search_over_the_whole_index_runs_in_one_process(content_page):
    content_page("Soil carbon", "Soil keeps carbon.")
    with connection.cursor() as cursor:
        # Parallel plans made free: PostgreSQL would take one for any table if allowed to.
        for setting in (
            "parallel_setup_cost",
            "parallel_tuple_cost",
            "min_parallel_table_scan_size",
        ):
            cursor.execute(f"SET LOCAL {setting} = 0")
        cursor.execute("SET LOCAL enable_bitmapscan = off")

        assert "Gather" not in plan(cursor)

        cursor.execute("SET LOCAL max_parallel_workers_per_gather = 2")
        assert "Gather" in plan(cursor)  # what the site's setting prevents
