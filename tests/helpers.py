import contextlib
import io
import re
from urllib.parse import urlsplit

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

from sitewide import page_cache

# The most SQL queries a public page may cost with warm caches, whatever the number of items.
QUERY_BUDGET = 15


def breakable_french_spaces(text):
    """Plain spaces inside « » or before : ; ! ? (French typography wants no-break ones)."""
    return re.findall(r"\S*(?:« | »| [:;!?](?=\s|$))\S*", text)


@contextlib.contextmanager
def recorded_queries():
    """The SQL of each query run in the block, recorded as it is executed (Django's debug log,
    which CaptureQueriesContext reads back, is capped and shared with whatever ran before)."""
    queries = []

    def record(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        yield queries


def queries_for(client, url):
    """The number of queries a page costs once the per-process caches (site root paths,
    content types, renditions) and the cached menu and footer are warm, as they are for every
    request but the first. Tests add pages without publishing them, which would drop the
    cached menu: the cache is emptied first, so the page is measured as it now is."""
    # The page as it is built, from warm fragments, not kept whole (sitewide/page_cache.py).
    cache.clear()
    page_cache.clear()
    client.get(url)
    page_cache.clear()
    with recorded_queries() as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def cold_queries_for(client, url, sql=None):
    """The number of queries a page costs when the cache is empty, as after a publication: what
    the cached fragments (menu, footer, listing cards) cost to build. It must not grow with the
    number of items either, though it may pass QUERY_BUDGET. `sql`, a list, receives the
    queries' SQL (to show what differs when a count grows)."""
    client.get(url)  # the per-process caches (content types...) are warm, as in production
    cache.clear()
    page_cache.clear()
    with recorded_queries() as queries:
        response = client.get(url)
    assert response.status_code == 200
    if sql is not None:
        sql.extend(queries)
    return len(queries)


def load_initial_content():
    """Run the initial content command, as after a deployment; returns what it printed."""
    out = io.StringIO()
    call_command("load_initial_content", stdout=out)
    return out.getvalue()


def sitemap_paths(client):
    """The paths the sitemap lists (it speaks of the default site, http://localhost)."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = re.findall(r"<loc>([^<]+)</loc>", response.content.decode())
    return sorted(urlsplit(location).path for location in locations)
