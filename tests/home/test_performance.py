import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    client.get(url)  # warm the per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_home_page_queries_do_not_grow_with_the_menu(client, home_page, locales, translate):
    translate(home_page, locales["fr"], {"Welcome to the Initiative": "Bienvenue"})
    ContentPageFactory(parent=home_page)
    few = queries_for(client, "/fr/")

    for _ in range(8):
        ContentPageFactory(parent=home_page)
    many = queries_for(client, "/fr/")

    assert many == few
    # Chrome (site, locale, menu, switcher, footer) plus one or two per home-page section.
    assert few <= 16
