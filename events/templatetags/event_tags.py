"""The home page's "Upcoming events" block: `{% load event_tags %}{% upcoming_events 3 %}`."""

from django import template
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from events.listing import attach_categories, upcoming
from events.models import EventCategory, EventIndexPage

register = template.Library()


@register.inclusion_tag("components/events/upcoming_events.html", takes_context=True)
def upcoming_events(context, count=3):
    # Filtering on the language code joins the locale table instead of fetching it first.
    language = get_supported_content_language_variant(get_language())
    index = EventIndexPage.objects.live().filter(locale__language_code=language).first()
    events = []
    if index is not None:
        events = list(upcoming(index.events())[:count])
    if events:
        attach_categories(events, EventCategory.for_active_locale())
    return {"events": events, "index": index, "request": context.get("request")}
