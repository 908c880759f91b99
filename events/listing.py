"""The queries behind the events listings: upcoming and past, filters, localised labels.

An event is upcoming until its last day is over, so one that ends today, or that started
before today and is still running, is listed as upcoming.
"""

from urllib.parse import urlencode

from django.utils import timezone
from django.utils.translation import gettext as _
from django_countries import countries as all_countries

from events.models.categories import EventCategory, sort_key
from sitewide import site_fragments
from sitewide.listing import choice_param, paginate, querystring_without

RECENT = 6  # past events shown on the landing while none is announced


def upcoming(events, today=None):
    today = today or timezone.localdate()
    return events.filter(last_day__gte=today).order_by("start_date", "title")


def past(events, today=None):
    today = today or timezone.localdate()
    return events.filter(last_day__lt=today).order_by("-last_day", "-start_date", "title")


def country_choices(events):
    """(code, name in the reader's language) for the countries that have events."""
    codes = events.exclude(country="").order_by().values_list("country", flat=True).distinct()
    choices = [(code, all_countries.name(code)) for code in set(codes)]
    return sorted(choices, key=lambda choice: sort_key(choice[1]))


def attach_categories(events, categories):
    """Give each event its category in the reader's language as `display_category`.

    Events in the French and Spanish trees are often synchronised copies of the English page,
    pointing at the English category; the translated one is found by its translation key.
    """
    by_key = {category.translation_key: category for category in categories}
    for event in events:
        category = event.category
        event.display_category = (
            by_key.get(category.translation_key, category) if category else None
        )
    return events


def facets(index):
    """The countries (in the reader's language) and the years of the index's events: kept with
    the site-wide fragments, since only publishing changes them."""

    def build():
        events = index.events()
        years = [day.year for day in events.dates("start_date", "year", order="DESC")]
        return {"countries": country_choices(events), "years": years}

    return site_fragments.cached(f"events-facets:{index.pk}", build)


def listing_context(index, request, past_events, per_page, today=None):
    events = index.events()
    categories = EventCategory.for_active_locale()
    category = choice_param(request, "category", [c.slug for c in categories])
    found = facets(index)
    countries, years = found["countries"], found["years"]
    country = choice_param(request, "country", [code for code, _name in countries])
    year = choice_param(request, "year", years)

    if category:
        events = events.filter(category__slug=category)
    if country:
        events = events.filter(country=country)
    if year:
        # The year archive: everything that started that year, past or upcoming.
        events = events.filter(start_date__year=int(year)).order_by("start_date", "title")
    elif past_events:
        events = past(events, today)
    else:
        events = upcoming(events, today)

    # How many there are, kept like the facets; upcoming and past change with the day too.
    day = (today or timezone.localdate()).isoformat()
    count = site_fragments.cached(
        f"events-count:{index.pk}:{past_events}:{category}:{country}:{year}:{day}", events.count
    )
    page_obj = paginate(request, events, per_page, count=count)
    page_obj.object_list = attach_categories(list(page_obj.object_list), categories)
    # No meeting announced: the landing shows the latest ones rather than an empty room.
    recent = []
    if not (page_obj.object_list or past_events or category or country or year):
        recent = attach_categories(list(past(index.events(), today)[:RECENT]), categories)
    return {
        "events": page_obj,
        "page_obj": page_obj,
        "past_events": past_events,
        "recent_events": recent,
        "categories": categories,
        "category": category,
        "selected_category": next((c for c in categories if c.slug == category), None),
        "countries": countries,
        "country": country,
        "years": years,
        "year": int(year) if year else None,
        "filtered": bool(category or country or year),
        "querystring": querystring_without(request, "page"),
        # Switching between upcoming and past keeps the category and country, not the year.
        "view_filters": urlencode(
            {name: value for name, value in (("category", category), ("country", country)) if value}
        ),
        # The past events and a year's archive are views of their own: title, heading, og:title.
        "view_title": (
            _("Events in %(year)s") % {"year": year}
            if year
            else _("Past events")
            if past_events
            else None
        ),
    }
