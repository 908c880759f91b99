"""Private pages stay private although the private sections are read from the cache
(home/site_fragments.py): making a page private, or adding an alias of a private page, counts
from the next request, in the page itself, in its other languages, in the menu and in search."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from tests.home.factories import ContentPageFactory, body
from tests.search.reading import titles

pytestmark = pytest.mark.django_db


def shows(client, page):
    """What an anonymous visitor gets of `page`: the page, or the sign-in form."""
    response = client.get(page.url)
    if response.status_code == 302:
        assert "/account/login/" in response["Location"]
        return "sign-in"
    assert response.status_code == 200
    return "page"


def in_menu(client, title):
    html = BeautifulSoup(client.get("/en/").content, "html.parser")
    return title in [link.get_text(strip=True) for link in html.select(".main-nav a")]


def test_a_page_made_private_is_refused_and_unlisted_at_once(client, home_page, locales, translate):
    translate(home_page, locales["fr"], {"Welcome to the Initiative": "Bienvenue"})
    translate(home_page, locales["es"], {"Welcome to the Initiative": "Bienvenida"})
    page = ContentPageFactory(parent=home_page, title="Partners", body=body("Carbon farming."))
    french = page.copy_for_translation(locales["fr"], alias=True)
    # Seen once, so the cached private sections say the page is public.
    assert shows(client, page) == shows(client, french) == "page"
    assert in_menu(client, "Partners")
    assert titles(client.get("/en/search/?q=farming")) == ["Partners"]

    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    assert shows(client, page) == shows(client, french) == "sign-in"
    assert not in_menu(client, "Partners")
    assert titles(client.get("/en/search/?q=farming")) == []
    # A language added later starts as an alias of the private page: private too.
    spanish = page.copy_for_translation(locales["es"], alias=True)
    assert shows(client, spanish) == "sign-in"

    restriction.delete()
    assert shows(client, page) == shows(client, spanish) == "page"
    assert in_menu(client, "Partners")
