"""iCalendar (RFC 5545) files: one per event, and a feed per language and per category.

Only events known to the day go in: a calendar has no way to say "February 2020", and a
made-up day would be wrong. Dates awaiting confirmation are marked TENTATIVE.
"""

import datetime
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from events.choices import Status
from events.dates import Precision
from events.listing import attach_categories
from events.models.categories import EventCategory

PRODID = "-//4 per 1000 Initiative//Events//EN"


def _status(page):
    if page.status == Status.CANCELLED:
        return "CANCELLED"
    if page.dates_tbc or page.status == Status.POSTPONED:
        return "TENTATIVE"
    return "CONFIRMED"


def event_component(page, request):
    event = Event()
    # The translation key is shared by the event's versions in every language, so a reader
    # who switches language keeps one entry in their calendar.
    url = page.get_full_url(request)
    event.add("uid", f"event-{page.translation_key}@{urlsplit(url).hostname}")
    event.add("dtstamp", page.last_published_at or timezone.now())
    event.add("summary", page.title)
    # All-day events: DTEND is the day after the last one (RFC 5545, 3.6.1).
    event.add("dtstart", page.start_date)
    event.add("dtend", (page.end_date or page.start_date) + datetime.timedelta(days=1))
    event.add("status", _status(page))
    event.add("url", url)
    place = ", ".join(filter(None, [page.venue, page.place_display]))
    if place:
        event.add("location", place)
    if page.intro:
        event.add("description", page.intro)
    category = getattr(page, "display_category", page.category)
    if category:
        event.add("categories", [category.name])
    return event


def build_calendar(pages, request, name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for page in pages:
        if page.in_calendars:
            calendar.add_component(event_component(page, request))
    return calendar


def _response(calendar, filename):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def event_response(page, request):
    # A synchronised copy points at the English category: label it in the reader's language.
    page.display_category = page.category.localized if page.category else None
    calendar = build_calendar([page], request, page.title)
    return _response(calendar, f"{page.slug}.ics")


def feed_response(request, events, category=None):
    categories = EventCategory.for_active_locale()
    events = events.filter(date_precision=Precision.DAY).order_by("start_date", "title")
    pages = attach_categories(list(events), categories)
    name = _("“4 per 1000” Initiative events")
    if category:
        label = next((c.name for c in categories if c.slug == category), category)
        name = f"{name}: {label}"
    filename = slugify(f"4p1000-events-{category or ''}-{get_language()}") + ".ics"
    return _response(build_calendar(pages, request, name), filename)
