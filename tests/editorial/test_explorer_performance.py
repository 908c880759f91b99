"""The page explorer costs the same queries with 10 or 500 pages in a section, and its rows
still offer wagtail-localize's translation buttons where they apply."""

import uuid

import pytest
from bs4 import BeautifulSoup

from tests.editorial.test_board_performance import add_pages
from tests.helpers import queries_for

pytestmark = pytest.mark.django_db


def row_buttons(client, page):
    """{row title: the labels of its actions} on the explorer's first page of `page`."""
    html = BeautifulSoup(client.get(f"/admin/pages/{page.pk}/").content, "html.parser")
    return {
        row.select_one(".title-wrapper a, .title a").get_text(strip=True): {
            a.get_text(strip=True) for a in row.select("a")
        }
        for row in html.select("tbody tr")
    }


def test_the_explorer_costs_the_same_with_10_or_500_pages(client, site, users, locales):
    client.force_login(users["moderator"])
    home, french_home = site["home"], site["home"].get_translation(locales["fr"])
    urls = [f"/admin/pages/{home.pk}/", f"/admin/pages/{french_home.pk}/"]
    add_pages(site, locales, 10)
    few = [queries_for(client, url) for url in urls]
    add_pages(site, locales, 490)
    many = [queries_for(client, url) for url in urls]
    assert home.get_children().count() > 500
    assert many == few


def test_the_explorer_offers_to_translate_and_to_sync_where_it_applies(
    client, site, users, locales
):
    client.force_login(users["moderator"])
    add_pages(site, locales, 2)  # one translated into French (with a source), one not
    rows = row_buttons(client, site["home"])
    print(rows)
    translated = [title for title in rows if title.startswith("Page")]
    assert all("Translate this page" in rows[title] for title in translated + ["About"])
    assert "Sync translated pages" not in rows["About"]
    # A page whose translation wagtail-localize made, enabled: the source can be synced.
    from wagtail_localize.models import Translation, TranslationSource

    about = site["about"]
    source, _created = TranslationSource.get_or_create_from_instance(about)
    Translation.objects.create(
        uuid=uuid.uuid4(), source=source, target_locale=locales["fr"], enabled=True
    )
    assert "Sync translated pages" in row_buttons(client, site["home"])["About"]


def test_the_french_explorer_marks_the_synchronised_copies_only(client, site, users, locales):
    client.force_login(users["moderator"])
    add_pages(site, locales, 2)  # one of them translated into French
    french_home = site["home"].get_translation(locales["fr"])
    html = BeautifulSoup(client.get(f"/admin/pages/{french_home.pk}/").content, "html.parser")
    copies = {
        row.select_one(".title-wrapper a, .title a").get_text(strip=True): bool(
            row.select(".untranslated-copy")
        )
        for row in html.select("tbody tr")
    }
    # About is wagtail-localize's copy of the English page; the other was translated.
    assert copies.pop("About") is True
    assert list(copies.values()) == [False]
