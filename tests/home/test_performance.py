import pytest

from tests.helpers import QUERY_BUDGET, queries_for
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def test_home_page_queries_do_not_grow_with_the_menu(client, home_page, locales, translate):
    translate(home_page, locales["fr"], {"Welcome to the Initiative": "Bienvenue"})
    ContentPageFactory(parent=home_page)
    few = queries_for(client, "/fr/")

    for _ in range(8):
        ContentPageFactory(parent=home_page)
    many = queries_for(client, "/fr/")

    assert many == few
    assert few <= QUERY_BUDGET
