import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from events.dates import Precision
from events.models import EventPage
from tests.about.factories import AboutPageFactory, GovernancePageFactory
from tests.events.factories import EventCategoryFactory, EventPageFactory
from tests.helpers import QUERY_BUDGET, queries_for

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def days(n):
    return TODAY + datetime.timedelta(days=n)


def titles(response):
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in html.select(".event-list .event-card__title a")]


def test_an_event_is_upcoming_until_its_last_day_is_over(client, events_index):
    EventPageFactory(parent=events_index, title="Ended yesterday", start_date=days(-1))
    EventPageFactory(parent=events_index, title="Ends today", start_date=days(-2), end_date=TODAY)
    EventPageFactory(
        parent=events_index, title="Spans today", start_date=days(-1), end_date=days(1)
    )
    EventPageFactory(parent=events_index, title="Today", start_date=TODAY)
    EventPageFactory(parent=events_index, title="Tomorrow", start_date=days(1))

    assert titles(client.get("/en/events/")) == ["Ends today", "Spans today", "Today", "Tomorrow"]
    assert titles(client.get("/en/events/past/")) == ["Ended yesterday"]


def test_a_month_only_event_stays_upcoming_during_its_month(client, events_index):
    this_month = TODAY.replace(day=1)
    EventPageFactory(
        parent=events_index,
        title="Sometime this month",
        start_date=this_month,
        date_precision=Precision.MONTH,
        dates_tbc=True,
    )

    assert titles(client.get("/en/events/")) == ["Sometime this month"]


def test_filters_by_category_country_and_year(client, events_index, governance):
    other = EventCategoryFactory(name="Initiative Day", slug="initiative-day")
    EventPageFactory(parent=events_index, title="STC", category=governance, country="IT")
    EventPageFactory(parent=events_index, title="Day", category=other, country="PL")
    EventPageFactory(
        parent=events_index,
        title="Old STC",
        category=governance,
        country="FR",
        start_date=datetime.date(2017, 3, 24),
        end_date=datetime.date(2017, 3, 25),
    )

    assert titles(client.get("/en/events/?category=governance")) == ["STC"]
    assert titles(client.get("/en/events/past/?category=governance")) == ["Old STC"]
    assert titles(client.get("/en/events/?country=PL")) == ["Day"]
    # The year archive holds the year's events, past or not.
    assert titles(client.get("/en/events/?year=2017")) == ["Old STC"]
    html = BeautifulSoup(client.get("/en/events/?country=PL").content, "html.parser")
    assert html.select_one("#filter-country option[selected]").get_text() == "Poland"


@pytest.mark.parametrize(
    "query",
    [
        "?page=abc",
        "?page=9999",
        "?page=-1",
        "?category=nope",
        "?country=XX",
        "?year=soon",
        "?year=1850",
        "?category=governance&country=&year=&page=2",
    ],
)
def test_junk_parameters_give_a_sensible_page(client, events_index, governance, query):
    EventPageFactory(parent=events_index, title="STC", category=governance)

    assert titles(client.get(f"/en/events/{query}")) == ["STC"]
    assert client.get(f"/en/events/past/{query}").status_code == 200


def test_french_listing_shows_synchronised_events_with_french_labels(
    client, events_index, governance, translate, locales, sync_trees
):
    EventPageFactory(
        parent=events_index,
        title="STC n°2",
        category=governance,
        country="DE",
        city="Bonn",
        start_date=datetime.date(TODAY.year + 1, 3, 24),
        end_date=datetime.date(TODAY.year + 1, 3, 25),
    )
    sync_trees()
    translate(events_index, locales["fr"], {"Events": "Événements", "events": "evenements"})
    translate(
        governance, locales["fr"], {"Initiative governance meeting": "Réunion de gouvernance"}
    )

    response = client.get("/fr/evenements/?category=governance")

    assert titles(response) == ["STC n°2"]
    html = BeautifulSoup(response.content, "html.parser")
    card = html.select_one(".event-card").get_text(" ", strip=True)
    assert f"24–25 mars {TODAY.year + 1}" in card
    assert "Bonn, Allemagne" in card
    assert "Réunion de gouvernance" in card


def test_listing_query_count_does_not_grow_with_the_events(client, events_index, governance):
    countries = ["FR", "IT", "DE", "CL", "JP"]

    def add(n):
        for i in range(n):
            EventPageFactory(
                parent=events_index,
                category=governance,
                country=countries[i % len(countries)],
                start_date=days((-1) ** i * (i % 30 + 1)),  # half past, half upcoming
            )

    add(10)
    few = {url: queries_for(client, url) for url in ("/en/events/", "/en/events/past/")}
    add(190)
    assert EventPage.objects.count() == 200
    many = {url: queries_for(client, url) for url in ("/en/events/", "/en/events/past/")}

    assert many == few
    assert max(many.values()) <= QUERY_BUDGET
    print(f"events listing queries with 10 and 200 events: {few}")


def empty_state_link(client, url):
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return html.select_one(".empty-state a")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "All past events"),
        ("fr", "Tous les événements passés"),
        ("es", "Todos los eventos pasados"),
    ],
)
def test_with_nothing_coming_the_listing_leads_to_the_past_events(
    client, events_index, sync_trees, language, text
):
    EventPageFactory(parent=events_index, title="COP 23", start_date=days(-300))
    sync_trees()

    html = BeautifulSoup(client.get(f"/{language}/events/").content, "html.parser")
    link = html.select_one(".recent-events p a")

    assert link.get_text() == text
    assert titles(client.get(link["href"])) == ["COP 23"]


def test_choices_and_counts_kept_between_visits_follow_each_publication(client, events_index):
    EventPageFactory(parent=events_index, title="STC", country="IT")

    def countries():
        html = BeautifulSoup(client.get("/en/events/").content, "html.parser")
        return [o.get_text() for o in html.select("#filter-country option")][1:]

    assert countries() == ["Italy"]
    assert titles(client.get("/en/events/")) == ["STC"]

    EventPageFactory(parent=events_index, title="Day", country="PL", start_date=days(3))

    assert countries() == ["Italy", "Poland"]
    assert sorted(titles(client.get("/en/events/"))) == ["Day", "STC"]
    assert titles(client.get("/en/events/?country=PL")) == ["Day"]


def test_filtered_views_lead_to_each_other_with_the_same_filters(client, events_index, governance):
    EventPageFactory(parent=events_index, title="STC n°6", category=governance, start_date=days(-9))

    link = empty_state_link(client, "/en/events/?category=governance")
    assert link["href"] == "/en/events/past/?category=governance"
    assert titles(client.get(link["href"])) == ["STC n°6"]
    # The tabs keep the category when switching between upcoming and past.
    html = BeautifulSoup(client.get("/en/events/past/?category=governance").content, "html.parser")
    assert [a["href"] for a in html.select(".event-tabs a")] == [
        "/en/events/?category=governance",
        "/en/events/past/?category=governance",
    ]
    EventPageFactory(parent=events_index, title="STC n°9", category=governance, start_date=days(9))
    EventPage.objects.filter(title="STC n°6").update(category=None)
    assert empty_state_link(client, "/en/events/past/?category=governance")["href"] == (
        "/en/events/?category=governance"
    )


def test_the_governance_page_links_to_the_view_that_has_the_meetings(
    client, home_page, events_index, governance
):
    about = AboutPageFactory(parent=home_page)
    GovernancePageFactory(parent=about)
    EventPageFactory(parent=events_index, title="STC n°6", category=governance, start_date=days(-9))

    def meetings():
        html = BeautifulSoup(client.get("/en/about/governance/").content, "html.parser")
        return titles(client.get(html.select_one(".governance__meetings a")["href"]))

    # All the meetings are past: the link lands on them, not on an empty upcoming list.
    assert meetings() == ["STC n°6"]
    EventPageFactory(parent=events_index, title="STC n°9", category=governance, start_date=days(9))
    assert meetings() == ["STC n°9"]


def test_with_no_meeting_announced_the_landing_shows_the_latest_ones(client, events_index):
    for n in range(8):
        EventPageFactory(
            parent=events_index, title=f"Held {n} weeks ago", start_date=days(-7 * n - 1)
        )

    html = BeautifulSoup(client.get("/en/events/").content, "html.parser")

    assert "No upcoming events are announced yet." in html.select_one(".empty-state").get_text()
    recent = html.select_one(".recent-events")
    shown = [a.get_text() for a in recent.select(".event-card__title a")]
    assert shown == [f"Held {n} weeks ago" for n in range(6)]
    assert recent.find("a", href="/en/events/past/") is not None
    # Then the calendar to subscribe to.
    sections = [s.get("class")[0] for s in html.select(".event-index > section")]
    assert sections == ["recent-events", "calendars"]
    assert html.select_one(".calendars a[href='/en/events/ical/']") is not None
    # A filtered view that finds nothing says so, without the latest meetings.
    filtered = BeautifulSoup(client.get("/en/events/?country=FR&year=").content, "html.parser")
    assert "No upcoming events match these filters." in filtered.select_one(".empty-state").text
    assert filtered.select_one(".recent-events") is None


def test_once_a_meeting_is_announced_the_landing_lists_it_alone(client, events_index):
    EventPageFactory(parent=events_index, title="Held last week", start_date=days(-7))
    EventPageFactory(
        parent=events_index,
        title="Next year",
        start_date=days(400),
        date_precision=Precision.YEAR,
        dates_tbc=True,
        city="",
        place_tbc=True,
    )

    html = BeautifulSoup(client.get("/en/events/").content, "html.parser")

    assert titles(client.get("/en/events/")) == ["Next year"]
    assert html.select_one(".recent-events") is None
    # Still to come: to be confirmed, as announced.
    meta = html.select_one(".event-card__meta").get_text(" ", strip=True)
    assert meta == f"{days(400).year} (TBC) · Place to be confirmed, France"
