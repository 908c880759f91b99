"""schema.org `Event` data for search engines, as JSON-LD.

Dates are given at the precision known ("2020-02" for February 2020): ISO 8601 allows it and
schema.org accepts it, where a made-up day would mislead.
"""

import json

from django.utils.safestring import mark_safe

from events.choices import Attendance, Status

SCHEMA = "https://schema.org/"
EVENT_STATUS = {
    Status.SCHEDULED: "EventScheduled",
    Status.POSTPONED: "EventPostponed",
    Status.CANCELLED: "EventCancelled",
    Status.MOVED_ONLINE: "EventMovedOnline",
}
ATTENDANCE_MODE = {
    Attendance.IN_PERSON: "OfflineEventAttendanceMode",
    Attendance.ONLINE: "OnlineEventAttendanceMode",
    Attendance.HYBRID: "MixedEventAttendanceMode",
}


def _place(page):
    address = {"@type": "PostalAddress"}
    if page.city:
        address["addressLocality"] = page.city
    if page.region:
        address["addressRegion"] = page.region
    if page.country:
        address["addressCountry"] = page.country.code
    place = {"@type": "Place", "address": address}
    name = page.venue or page.city
    if name:
        place["name"] = name
    return place


def event_data(page, request):
    mode = ATTENDANCE_MODE[page.attendance]
    if page.status == Status.MOVED_ONLINE:
        mode = ATTENDANCE_MODE[Attendance.ONLINE]
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "url": page.get_full_url(request),
        "startDate": page.start_iso,
        "eventStatus": SCHEMA + EVENT_STATUS[page.status],
        "eventAttendanceMode": SCHEMA + mode,
    }
    if page.end_date:
        data["endDate"] = page.end_date.isoformat()
    if page.intro:
        data["description"] = page.intro
    locations = []
    if mode != ATTENDANCE_MODE[Attendance.ONLINE]:
        locations.append(_place(page))
    if page.is_online:
        virtual = {"@type": "VirtualLocation"}
        if page.online_url:
            virtual["url"] = page.online_url
        locations.append(virtual)
    data["location"] = locations[0] if len(locations) == 1 else locations
    if page.organiser:
        data["organizer"] = {"@type": "Organization", "name": page.organiser}
    return data


def event_json_ld(page, request):
    text = json.dumps(event_data(page, request), ensure_ascii=False)
    # "</script>" in a title must not end the script element early.
    return mark_safe(text.replace("</", "<\\/"))
