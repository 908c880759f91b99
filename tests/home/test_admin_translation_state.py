"""In the admin, a page of the French or Spanish tree that is only wagtail-localize's
synchronised copy of the English page says so, in the editor's language; the explorer says
which language's tree it shows."""

import pytest
from bs4 import BeautifulSoup
from wagtail.users.models import UserProfile

from sitewide.content_loading import synchronise_trees
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def trees(home_page, locales, translate):
    french_home = translate(home_page, locales["fr"], {"Welcome to the Initiative": "Bienvenue"})
    ContentPageFactory(parent=home_page, slug="soils", title="Healthy soils").save_revision()
    translated = ContentPageFactory(parent=home_page, slug="carbon", title="Soil carbon")
    synchronise_trees()
    translate(translated, locales["fr"], {"Soil carbon": "Carbone des sols", "carbon": "carbone"})
    return french_home


def rows(response):
    """(title, the row's status tags: language in search results, then page status)."""
    html = BeautifulSoup(response.content, "html.parser")
    for hidden in html.select(".w-sr-only"):  # "Current page status:"
        hidden.decompose()
    return [
        (
            row.select_one("td.title a").get_text(strip=True),
            [tag.get_text(strip=True) for tag in row.select(".w-status")],
        )
        for row in html.select("tbody tr")
        if row.select_one("td.title a")
    ]


@pytest.mark.parametrize(
    ("language", "copy"),
    [
        ("en", "copy of English, not translated"),
        ("fr", "copie de l’anglais, non traduite"),
        ("es", "copia del inglés, sin traducir"),
    ],
)
def test_the_french_tree_tells_copies_from_translations(
    admin_client, admin_user, trees, language, copy
):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()

    response = admin_client.get(f"/admin/pages/{trees.pk}/")

    found = dict(rows(response))
    assert found["Healthy soils"] == [copy]
    assert len(found["Carbone des sols"]) == 1 and found["Carbone des sols"] != [copy]
    header = BeautifulSoup(response.content, "html.parser").select_one(".explorer-language")
    # Wagtail names locales in their own tongue.
    assert header.get_text(strip=True).endswith(":Français")


def test_admin_search_marks_the_copies(admin_client, trees):
    found = rows(admin_client.get("/admin/pages/search/?q=healthy&locale=all"))

    assert sorted(found) == [
        ("Healthy soils", ["English", "live + draft"]),
        ("Healthy soils", ["Español", "copy of English, not translated"]),
        ("Healthy soils", ["Français", "copy of English, not translated"]),
    ]
