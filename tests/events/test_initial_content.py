import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.models import Page

from events.models import EventCategory, EventIndexPage, EventPage
from tests.helpers import load_initial_content


# Not in a transaction: wagtail-localize publishes translations on commit (see tests/home).
@pytest.mark.django_db(transaction=True)
def test_initial_events_keep_the_seed_honest_in_three_languages(root_page, client):
    load_initial_content()
    count = Page.objects.count()
    second = load_initial_content()

    assert Page.objects.count() == count
    assert "already exists" in second
    english = EventPage.objects.filter(locale__language_code="en")
    assert english.count() == 31
    # Every meeting is translated into French and Spanish and published, with its own slug.
    for language in ("fr", "es"):
        translated = EventPage.objects.filter(locale__language_code=language, live=True)
        assert translated.filter(alias_of__isnull=True).count() == 31
    french_stc = EventPage.objects.get(locale__language_code="fr", slug="cst-8-chili-2019")
    assert french_stc.title == "CST n°8"
    assert EventCategory.objects.filter(slug="governance").count() == 3

    indexes = {i.locale.language_code: i for i in EventIndexPage.objects.select_related("locale")}
    assert indexes["fr"].url_path.endswith("/evenements/")
    assert indexes["es"].title == "Eventos"
    home = indexes["en"].get_parent()
    assert [p.title for p in home.get_children().live().in_menu()][-2:] == [
        "News & resources",
        "Events",
    ]

    bonn = english.get(slug="cop-23-unfccc-bonn-2017")  # "Allemagne" in the seed
    assert bonn.country.code == "DE"
    ordos = english.get(slug="cop-13-unccd-ordos-2017")
    assert (ordos.city, ordos.region, ordos.country.code) == ("Ordos", "Inner Mongolia", "CN")
    assert {bonn.category.slug, ordos.category.slug} == {"un-conference"}
    # The seed's "11th -12th and 13th December" row is two meetings of two kinds.
    stc = english.get(slug="stc-6-katowice-2018")
    day = english.get(slug="initiative-day-2-katowice-2018")
    with translation.override("en"):
        assert stc.dates_display == "11–12 December 2018"
        assert day.dates_display == "13 December 2018"
    assert (stc.category.slug, day.category.slug) == ("governance", "initiative-day")
    assert "governance bodies" in english.get(slug="stc-8-chile-2019").intro
    with translation.override("en"):
        assert english.get(slug="international-rice-congress-2018").place_display == "Singapore"

    french = BeautifulSoup(client.get("/fr/evenements/?year=2019").content, "html.parser")
    cards = [card.get_text(" ", strip=True) for card in french.select(".event-card")]
    # Dates and places still "TBC" in the seed have passed: never confirmed, not to come.
    assert any(
        "9–10 décembre 2019 (date non confirmée) · Lieu non confirmé, Chili" in c for c in cards
    )
    spanish = BeautifulSoup(client.get("/es/eventos/?year=2020").content, "html.parser")
    cards = [card.get_text(" ", strip=True) for card in spanish.select(".event-card")]
    assert any("febrero de 2020 (fecha no confirmada) · Boston, Estados Unidos" in c for c in cards)
    # The seed's place: "Tunisia or other Mediterranean Country", not Tunisia.
    assert any(
        "2020 (fecha no confirmada) · Lugar no confirmado (Túnez u otro país mediterráneo)" in c
        for c in cards
    )
    english = BeautifulSoup(client.get("/en/events/?year=2020").content, "html.parser")
    cards = [card.get_text(" ", strip=True) for card in english.select(".event-card")]
    assert any(
        "2020 (date not confirmed) · Place not confirmed (Tunisia or other Mediterranean Country)"
        in c
        for c in cards
    )
    # The UN conferences are not called meetings of the Initiative.
    cop = client.get("/en/events/cop-23-unfccc-bonn-2017/").content.decode()
    assert "meetings of the “4 per 1000” Initiative" not in cop
    governance = client.get("/en/events/past/?category=governance").content.decode()
    assert governance.count('class="event-card"') == 12
