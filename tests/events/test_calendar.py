import datetime

import pytest
from icalendar import Calendar

from events.choices import Status
from events.dates import Precision
from tests.events.factories import EventCategoryFactory, EventPageFactory

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    return calendar


def by_summary(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_event_ics_is_an_all_day_event_valid_per_rfc_5545(client, events_index, governance):
    EventPageFactory(
        parent=events_index,
        slug="stc-2",
        title="STC n°2",
        start_date=datetime.date(2017, 3, 24),
        end_date=datetime.date(2017, 3, 25),
        city="Rome",
        country="IT",
        category=governance,
    )

    event = parse(client.get("/en/events/stc-2/ical/")).walk("VEVENT")[0]

    for required in ("UID", "DTSTAMP", "DTSTART"):
        assert required in event
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event.decoded("DTSTART") == datetime.date(2017, 3, 24)
    # All-day events end on the day after their last day.
    assert event.decoded("DTEND") == datetime.date(2017, 3, 26)
    assert event["STATUS"] == "CONFIRMED"
    assert event["LOCATION"] == "Rome, Italy"
    assert event["URL"] == "http://localhost/en/events/stc-2/"
    assert event["CATEGORIES"].cats == ["Initiative governance meeting"]


def test_feeds_leave_out_unknown_days_and_mark_unconfirmed_ones(client, events_index, governance):
    EventPageFactory(parent=events_index, title="Confirmed", category=governance)
    EventPageFactory(
        parent=events_index,
        title="Day to be confirmed",
        start_date=datetime.date(2019, 12, 9),
        end_date=datetime.date(2019, 12, 10),
        dates_tbc=True,
        category=governance,
    )
    EventPageFactory(parent=events_index, title="Called off", status=Status.CANCELLED)
    EventPageFactory(
        parent=events_index,
        title="February only",
        start_date=datetime.date(2020, 2, 1),
        date_precision=Precision.MONTH,
        dates_tbc=True,
    )
    EventPageFactory(
        parent=events_index,
        title="Year only",
        start_date=datetime.date(2020, 1, 1),
        date_precision=Precision.YEAR,
    )

    events = by_summary(parse(client.get("/en/events/ical/")))

    assert set(events) == {"Confirmed", "Day to be confirmed", "Called off"}
    assert events["Day to be confirmed"]["STATUS"] == "TENTATIVE"
    assert events["Day to be confirmed"].decoded("DTSTART") == datetime.date(2019, 12, 9)
    assert events["Called off"]["STATUS"] == "CANCELLED"
    governance_feed = by_summary(parse(client.get("/en/events/ical/governance/")))
    assert set(governance_feed) == {"Confirmed", "Day to be confirmed"}
    assert client.get("/en/events/ical/nothing/").status_code == 404


def test_feed_per_language(client, events_index, translate, locales, sync_trees):
    category = EventCategoryFactory(name="Initiative Day", slug="initiative-day")
    EventPageFactory(
        parent=events_index,
        title="Initiative Day",
        city="Katowice",
        country="PL",
        category=category,
    )
    sync_trees()
    translate(category, locales["es"], {"Initiative Day": "Jornada de la Iniciativa"})

    calendar = parse(client.get("/es/events/ical/"))

    assert "Iniciativa «4 por 1000»" in str(calendar["X-WR-CALNAME"])
    event = calendar.walk("VEVENT")[0]
    assert event["LOCATION"] == "Katowice, Polonia"
    assert event["URL"] == "http://localhost/es/events/initiative-day/"
    assert event["CATEGORIES"].cats == ["Jornada de la Iniciativa"]
    english = parse(client.get("/en/events/ical/")).walk("VEVENT")[0]
    # One event in every language: the same UID, so calendars do not double it.
    assert english["UID"] == event["UID"]
