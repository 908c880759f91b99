"""The home page's events: `{% load event_tags %}{% upcoming_events 3 %}`."""

from django import template
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from events.listing import attach_categories, past, upcoming
from events.models import EventCategory, EventIndexPage
from sitewide import site_fragments

register = template.Library()


@register.simple_tag(takes_context=True)
def upcoming_events(context, count=3):
    """The next `count` events; while fewer are announced, the most recent past ones fill the
    rest, so the home page shows what the Initiative has been doing between announcements.
    Rendered once per language and day until something is published."""
    request = context.get("request")
    today = timezone.localdate()
    return site_fragments.html(
        f"upcoming-events:{count}:{today.isoformat()}",
        "components/events/upcoming_events.html",
        lambda: _upcoming_events(request, count, today),
    )


def _upcoming_events(request, count, today):
    # Filtering on the language code joins the locale table instead of fetching it first.
    language = get_supported_content_language_variant(get_language())
    index = EventIndexPage.objects.live().filter(locale__language_code=language).first()
    events, recent = [], []
    if index is not None:
        events = list(upcoming(index.events(), today)[:count])
        if len(events) < count:
            recent = list(past(index.events(), today)[: count - len(events)])
    if events or recent:
        attach_categories(events + recent, EventCategory.for_active_locale())
    return {
        "events": events,
        "recent_events": recent,
        "index": index,
        "request": request,
    }
