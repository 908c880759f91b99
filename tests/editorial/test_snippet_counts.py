"""The Snippets index counts a translatable snippet in one language (the user's own for a
translator, English for everyone else), not three times over; its listing filters by language."""

import pytest
from bs4 import BeautifulSoup
from wagtail.users.models import UserProfile

from tests.home.factories import TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics(locales):
    english = [TopicFactory(name=name) for name in ("Soil carbon", "Agroforestry", "Peatlands")]
    for topic in english:
        for code in ("fr", "es"):
            copy = topic.copy_for_translation(locales[code])
            copy.name = f"{topic.name} ({code})"
            copy.save()
    return english


def listed(response):
    html = BeautifulSoup(response.content, "html.parser")
    return sorted(row.select_one("td a").get_text(strip=True) for row in html.select("tbody tr"))


def index_rows(client):
    html = BeautifulSoup(client.get("/admin/snippets/").content, "html.parser")
    return {
        row.select_one("td a").get_text(strip=True): (
            row.select("td")[-1].get_text(strip=True),
            row.select_one("td a")["href"],
        )
        for row in html.select("tbody tr")
    }


def test_moderators_count_the_english_snippets(client, users, topics):
    client.force_login(users["moderator"])

    count, url = index_rows(client)["Topics in English"]

    assert count == "3"
    assert listed(client.get(url)) == [
        "Agroforestry",
        "Peatlands",
        "Soil carbon",
    ]


def test_translators_count_and_list_their_own_language(client, users, topics):
    profile = UserProfile.get_for_user(users["fr"])
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(users["fr"])

    count, url = index_rows(client)["Thèmes en français"]

    assert count == "3"
    assert listed(client.get(url)) == [
        "Agroforestry (fr)",
        "Peatlands (fr)",
        "Soil carbon (fr)",
    ]
    # The other languages are one click away: Wagtail's locale filter on the listing.
    assert listed(client.get(url.replace("locale=fr", "locale=es"))) == [
        "Agroforestry (es)",
        "Peatlands (es)",
        "Soil carbon (es)",
    ]
