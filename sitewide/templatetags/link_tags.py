"""Links to pages known by their path in the source language (footer, home page)."""

from django import template
from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Page

from sitewide import site_fragments

register = template.Library()


@register.simple_tag(takes_context=True)
def localized_urls(context, *paths):
    """{slug: URL} of the pages at these source-language paths below the home page (e.g.
    "get-involved/contact"; "_" for "-" in the keys, for template lookups), in the active
    language where they are translated, else in the source language. Wagtail's `slugurl`
    matches the slug as given, and translated pages have translated slugs ("contacto"), so it
    would link the English page from every language. Kept with the site-wide fragments: its
    query reads every page's path."""
    request = context.get("request")
    return site_fragments.cached(
        "links:" + ",".join(paths), lambda: _localized_urls(request, paths)
    )


def _localized_urls(request, paths):
    default, active = settings.LANGUAGE_CODE, get_language()
    below_home = Q()
    for path in paths:
        # A source page's url_path is /<home>/<path>/ (e.g. /home/get-involved/contact/).
        below_home |= Q(url_path__endswith=f"/{path}/", depth=path.count("/") + 3)
    sources = Page.objects.filter(below_home, locale__language_code=default)
    pages = (
        Page.objects.live()
        .filter(
            translation_key__in=sources.values("translation_key"),
            locale__language_code__in={default, active},
        )
        .select_related("locale")
    )
    slug_of, chosen = {}, {}
    for page in pages:
        if page.locale.language_code == default:
            slug_of[page.translation_key] = page.slug.replace("-", "_")
        if page.locale.language_code == active or page.translation_key not in chosen:
            chosen[page.translation_key] = page
    return {slug_of[key]: page.get_url(request) for key, page in chosen.items() if key in slug_of}
