"""The admin's page search looks in the user's own language first (a translator's, English for
editors and moderators); every language, or all of them, is one click away."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def search(client, query):
    html = BeautifulSoup(client.get(f"/admin/pages/search/?{query}").content, "html.parser")
    found = sorted(
        (
            row.select_one("td.title a").get_text(strip=True),
            row.select_one(".w-status--label").get_text(strip=True),
        )
        for row in html.select("tbody tr")
        if row.select_one("td.title a")
    )
    languages = html.select_one("nav[aria-labelledby=search-languages-title]")
    links = {a.get_text(strip=True): a["href"] for a in languages.select("a")}
    return found, links


def test_editors_search_english_first(client, users, site):
    client.force_login(users["editor"])

    found, links = search(client, "q=about")

    assert found == [("About", "English")]
    assert set(links) == {"Français", "Español", "All languages"}


def test_translators_search_their_language_first(client, users, site):
    client.force_login(users["fr"])

    found, links = search(client, "q=about")

    assert [language for _title, language in found] == ["Français"]
    assert set(links) == {"English", "Español", "All languages"}


def test_all_languages_are_one_click_away(client, users, site):
    client.force_login(users["moderator"])
    _found, links = search(client, "q=about")

    found, _links = search(client, links["All languages"].split("?", 1)[1])

    assert sorted(language for _title, language in found) == ["English", "Español", "Français"]
