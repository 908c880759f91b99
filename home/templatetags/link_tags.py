"""Links to pages known by their slug in the source language (footer, home page)."""

from django import template
from wagtail.models import Locale, Page

register = template.Library()


@register.simple_tag(takes_context=True)
def localized_slugurl(context, slug):
    """The URL of the page with this source-language slug, in the active language when it is
    translated there. Wagtail's `slugurl` matches the slug as given, and translated pages have
    translated slugs ("contacto"), so it would link the English page from every language."""
    request = context.get("request")
    page = Page.objects.live().filter(slug=slug, locale=Locale.get_default()).first()
    if page is None:
        return ""
    return (page.localized or page).get_url(request) or ""
