import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from events.choices import Attendance, Status
from events.dates import Precision
from events.models import EventIndexPage, EventPage
from tests.events.factories import EventPageFactory
from tests.helpers import cold_queries_for, queries_for

pytestmark = pytest.mark.django_db


def json_ld(response):
    html = BeautifulSoup(response.content, "html.parser")
    scripts = html.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    return json.loads(scripts[0].string)


def test_page_creation_rules(home_page, events_index):
    event = EventPageFactory(parent=events_index)

    assert EventIndexPage.can_create_at(home_page) is False  # one per home page, there already
    assert not EventIndexPage.can_create_at(Page.get_first_root_node())
    assert EventPage.can_create_at(events_index)
    assert not EventPage.can_create_at(home_page)
    assert not EventPage.can_create_at(event)


def test_event_page_shows_its_facts_and_structured_data(client, events_index, governance):
    EventPageFactory(
        parent=events_index,
        slug="cop-13",
        title="COP 13 UNCCD </script>",
        start_date=datetime.date(2017, 9, 4),
        end_date=datetime.date(2017, 9, 15),
        city="Ordos",
        region="Inner Mongolia",
        country="CN",
        venue="Convention centre",
        category=governance,
        organiser="UNCCD",
    )

    response = client.get("/en/events/cop-13/")

    html = BeautifulSoup(response.content, "html.parser")
    facts = html.select_one(".event-facts").get_text(" ", strip=True)
    assert "4–15 September 2017" in facts
    assert "Convention centre, Ordos, Inner Mongolia, China" in facts
    assert html.select_one(".event-facts a[href='/en/events/?category=governance']")
    assert html.select_one("a[href='/en/events/cop-13/ical/']")
    assert "</script>" not in html.find("script", type="application/ld+json").string
    data = json_ld(response)
    assert data["@type"] == "Event"
    assert data["name"] == "COP 13 UNCCD </script>"
    assert data["startDate"] == "2017-09-04"
    assert data["endDate"] == "2017-09-15"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Ordos",
        "addressRegion": "Inner Mongolia",
        "addressCountry": "CN",
    }
    assert data["organizer"]["name"] == "UNCCD"


def test_structured_data_keeps_imprecise_dates_and_online_status(client, events_index):
    EventPageFactory(
        parent=events_index,
        slug="boston",
        start_date=datetime.date(2020, 2, 17),
        date_precision=Precision.MONTH,
        dates_tbc=True,
        city="Boston",
        country="US",
        status=Status.MOVED_ONLINE,
        attendance=Attendance.IN_PERSON,
        online_url="https://example.org/live",
    )

    response = client.get("/en/events/boston/")

    data = json_ld(response)
    assert data["startDate"] == "2020-02"
    assert "endDate" not in data
    assert data["eventStatus"] == "https://schema.org/EventMovedOnline"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://example.org/live"}
    html = BeautifulSoup(response.content, "html.parser")
    assert "February 2020 (date not confirmed)" in html.select_one(".event-facts").get_text()
    # No day is known, so there is nothing to put in a calendar.
    assert not html.select_one("a[href$='/ical/']")
    assert client.get("/en/events/boston/ical/").status_code == 404


@pytest.mark.parametrize(
    ("language", "dates", "place"),
    [
        # 2020 is over: the dates and place were never confirmed, none is still to come.
        (
            "en",
            "2020 (date not confirmed)",
            "Place not confirmed, Tunisia (or another Mediterranean country)",
        ),
        (
            "fr",
            "2020 (date non confirmée)",
            "Lieu non confirmé, Tunisie (or another Mediterranean country)",
        ),
        (
            "es",
            "2020 (fecha no confirmada)",
            "Lugar no confirmado, Túnez (or another Mediterranean country)",
        ),
    ],
)
def test_event_renders_in_each_language(client, events_index, sync_trees, language, dates, place):
    EventPageFactory(
        parent=events_index,
        slug="mediterranean",
        title="Mediterranean Regional Meeting",
        start_date=datetime.date(2020, 1, 1),
        date_precision=Precision.YEAR,
        dates_tbc=True,
        city="",
        place_tbc=True,
        country="TN",
        location_note="or another Mediterranean country",
    )
    sync_trees()

    response = client.get(f"/{language}/events/mediterranean/")

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == language
    facts = html.select_one(".event-facts").get_text(" ", strip=True)
    assert dates in facts
    assert place in facts
    assert json_ld(response)["startDate"] == "2020"


def test_home_page_shows_the_next_upcoming_events(client, events_index):
    today = timezone.localdate()
    for n, title in enumerate(["Past", "Next", "Then", "Later", "Much later"]):
        EventPageFactory(
            parent=events_index, title=title, start_date=today + datetime.timedelta(days=n - 1)
        )

    html = BeautifulSoup(client.get("/en/").content, "html.parser")

    section = html.select_one(".upcoming-events")
    assert [a.get_text() for a in section.select(".event-card__title a")] == [
        "Next",
        "Then",
        "Later",
    ]
    assert section.select_one("a[href='/en/events/']")


def test_home_page_says_when_no_event_is_coming(client, home_page):
    html = BeautifulSoup(client.get("/en/").content, "html.parser")

    assert "No upcoming events are announced yet." in html.select_one(".upcoming-events").text


def test_home_page_fills_in_with_the_latest_past_events_while_few_are_coming(client, events_index):
    today = timezone.localdate()

    def add(title, days):
        event = EventPageFactory(
            parent=events_index, title=title, start_date=today + datetime.timedelta(days=days)
        )
        event.save_revision().publish()  # as the Secretariat does: the home page follows

    def home():
        html = BeautifulSoup(client.get("/en/").content, "html.parser")
        recent = html.select_one(".recent-events")
        return (
            [a.get_text() for a in html.select(".upcoming-events .event-card__title a")],
            [a.get_text() for a in recent.select(".event-card__title a")] if recent else None,
            recent.select_one("a[href='/en/events/past/']") is not None if recent else None,
        )

    for title, days in [("COP 22", -700), ("COP 23", -300), ("STC n°8", -40), ("STC n°9", -9)]:
        add(title, days)
    assert home() == ([], ["STC n°9", "STC n°8", "COP 23"], True)
    few = queries_for(client, "/en/"), cold_queries_for(client, "/en/")

    add("STC n°10", 20)
    assert home() == (["STC n°10"], ["STC n°9", "STC n°8"], True)
    for n in range(30):
        add(f"Older meeting {n}", -800 - n)
    assert (queries_for(client, "/en/"), cold_queries_for(client, "/en/")) == few

    add("STC n°11", 60)
    add("STC n°12", 90)
    assert home() == (["STC n°10", "STC n°11", "STC n°12"], None, None)


def test_editors_can_add_an_event_in_the_admin(client, events_index, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)

    response = client.get(f"/admin/pages/add/events/eventpage/{events_index.pk}/")

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    for field in ("start_date", "end_date", "date_precision", "dates_tbc", "country", "category"):
        assert html.find(attrs={"name": field}), field


def test_end_date_needs_a_day_precision_and_follows_the_start(events_index):
    event = EventPageFactory.build(
        start_date=datetime.date(2020, 2, 1),
        end_date=datetime.date(2020, 2, 3),
        date_precision=Precision.MONTH,
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end_date" in error.value.message_dict
    event.date_precision = Precision.DAY
    event.end_date = datetime.date(2020, 1, 31)
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end_date" in error.value.message_dict


def test_slides_and_recordings_added_after_the_event_are_listed(client, events_index):
    EventPageFactory(
        parent=events_index,
        slug="forum",
        start_date=datetime.date(2017, 11, 16),
        materials=[
            {"type": "link", "value": {"title": "Minutes", "url": "https://example.org/minutes"}},
            {"type": "recording", "value": "https://www.youtube.com/watch?v=abc"},
        ],
    )

    html = BeautifulSoup(client.get("/en/events/forum/").content, "html.parser")

    materials = html.select_one("section.materials")
    assert materials.h2.get_text() == "Slides, reports and recordings"
    assert materials.select_one("a[href='https://example.org/minutes']").get_text() == "Minutes"
    assert materials.find("iframe", title="A local test video")


def test_an_event_is_kept_with_its_route_and_the_index_views_come_first(client, events_index):
    """The events index routes itself (past/, ical/): an event below it is found in one walk
    and kept like any page, so building it again reads no page; the index's own views answer
    their paths first, as Wagtail's routing does, even for an event named like one of them."""
    EventPageFactory(parent=events_index, slug="cop-13", title="COP 13 UNCCD")
    EventPageFactory(parent=events_index, slug="past", title="An event named past")
    assert client.get("/en/events/cop-13/?from=newsletter").status_code == 200

    with CaptureQueriesContext(connection) as ctx:
        again = client.get("/en/events/cop-13/?from=newsletter")  # built again

    assert "<h1>COP 13 UNCCD</h1>" in again.text
    assert not [q["sql"] for q in ctx.captured_queries if "wagtailcore_page" in q["sql"]]
    assert "An event named past" not in client.get("/en/events/past/").text
    assert client.get("/en/events/cop-13/ical/")["Content-Type"].startswith("text/calendar")
    assert client.get("/en/events/no-such-event/").status_code == 404
