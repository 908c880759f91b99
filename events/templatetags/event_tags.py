"""The home page's events: `{% load event_tags %}{% upcoming_events 3 %}`."""

from django import template
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from events.listing import attach_categories, past, upcoming
from events.models import EventCategory, EventIndexPage

register = template.Library()


@register.inclusion_tag("components/events/upcoming_events.html", takes_context=True)
def upcoming_events(context, count=3):
    """The next `count` events; while fewer are announced, the most recent past ones fill the
    rest, so the home page shows what the Initiative has been doing between announcements."""
    # Filtering on the language code joins the locale table instead of fetching it first.
    language = get_supported_content_language_variant(get_language())
    index = EventIndexPage.objects.live().filter(locale__language_code=language).first()
    events, recent = [], []
    if index is not None:
        events = list(upcoming(index.events())[:count])
        if len(events) < count:
            recent = list(past(index.events())[: count - len(events)])
    if events or recent:
        attach_categories(events + recent, EventCategory.for_active_locale())
    return {
        "events": events,
        "recent_events": recent,
        "index": index,
        "request": context.get("request"),
    }
