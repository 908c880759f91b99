"""Site chrome built from the page tree: main menu, language switcher, hreflang links, footer."""

from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from sitewide import site_fragments
from sitewide.listing import querystring_without

register = template.Library()


def _locale_root(request):
    site = Site.find_for_request(request)
    if site is None:
        return None
    return site.root_page.localized


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    current = context.get("page")
    menu = site_fragments.cached("main-menu", lambda: _menu(request))
    return {
        "home_url": menu["home_url"],
        "is_home": current is not None and current.pk == menu["home_pk"],
        "items": [
            {
                "title": item["title"],
                "url": item["url"],
                "active": current is not None and current.path.startswith(item["path"]),
            }
            for item in menu["items"]
        ],
        "request": request,
    }


@register.simple_tag
def visible_children(page):
    """The live children of `page` that its reader may open, for the child-page cards: those
    behind a view restriction of their own are left out, as every listing, the menu and the
    sitemap leave out private pages (a restriction on `page` or above it, the members' area,
    its reader has passed already). A page whose type is a way in (`sign_in_door`, the
    members' area under Get involved) is listed all the same: its purpose is to be found, and
    it sends visitors to sign in."""
    below = [
        path
        for path in site_fragments.restricted_paths()
        if path.startswith(page.path) and path != page.path
    ]
    return [
        child
        for child in page.get_children().live().specific()
        if not any(child.path.startswith(path) for path in below)
        or (child.path in below and getattr(child, "sign_in_door", False))
    ]


def _menu(request):
    """The active language's home page and the pages of its menu, as plain data to cache."""
    root = _locale_root(request)
    if root is None:
        return {"home_url": "/", "home_pk": None, "items": []}
    children = (
        root.get_children()
        .live()
        .public()
        .in_menu()
        .only("id", "title", "url_path", "path", "depth", "locale_id", "draft_title")
    )
    return {
        "home_url": root.get_url(request),
        "home_pk": root.pk,
        "items": [
            {"title": child.title, "url": child.get_url(request), "path": child.path}
            for child in children
        ],
    }


def page_translations(page, request):
    """One entry per site language: where that language's version of the page is and its state.

    An alias (what wagtail-localize's sync puts in a tree until a translator has worked on it)
    shows the source language's text, so it is marked as not translated.
    """
    cache = request.__dict__.setdefault("_page_translations", {})
    key = page.pk if page is not None else None
    if key not in cache:
        cache[key] = _page_translations(page, request)
    return cache[key]


def page_route(page, request):
    """The part of the request's path past the page's own URL: a routable page's view, such
    as the events' "past/". Its translations have the same routes, so it carries over."""
    if not isinstance(page, RoutablePageMixin):
        return ""
    cache = request.__dict__.setdefault("_page_routes", {})
    if page.pk not in cache:
        page_path = urlsplit(page.get_url(request) or "").path
        on_page = page_path and request.path.startswith(page_path)
        cache[page.pk] = request.path[len(page_path) :] if on_page else ""
    return cache[page.pk]


def _view_translations(request):
    """For a Django view under i18n_patterns (e.g. search): the same URL in each language."""
    query = request.get_full_path().partition("?")[2]
    entries = []
    for code, name in settings.LANGUAGES:
        url = translate_url(request.path, code)
        entries.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "url_with_query": f"{url}?{query}" if query else url,
                "exists": True,
                "translated": True,
                "current": False,
            }
        )
    return entries


def _page_translations(page, request):
    match = getattr(request, "resolver_match", None)
    if page is None and match is not None and match.url_name != "wagtail_serve":
        return _view_translations(request)
    by_language = {}
    if page is not None and page.pk:
        by_language = site_fragments.cached(
            f"page-translations:{page.pk}", lambda: _live_translations(page, request)
        )
    route = page_route(page, request) if page is not None else ""
    # Filters and searches carry over (taxonomy slugs are the same in every language); the
    # page number does not, as another language may list fewer items.
    query = querystring_without(request, "page")
    entries = []
    for code, name in settings.LANGUAGES:
        translation = by_language.get(code)
        url = translation["url"] + route if translation else f"/{code}/"
        entries.append(
            {
                "code": code,
                "name": name,
                # The view itself (hreflang), and with the reader's filters (the switcher).
                "url": url,
                "url_with_query": f"{url}?{query}" if translation and query else url,
                "exists": translation is not None,
                "translated": translation is not None and translation["translated"],
                "current": translation is not None and translation["pk"] == page.pk,
            }
        )
    return entries


def _live_translations(page, request):
    """language code -> where the page's live version in that language is, as plain data."""
    return {
        translation.locale.language_code: {
            "pk": translation.pk,
            "url": translation.get_url(request),
            "translated": translation.alias_of_id is None,
        }
        for translation in page.get_translations(inclusive=True).live().select_related("locale")
    }


@register.inclusion_tag("navigation/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    current = get_supported_content_language_variant(get_language())
    return {
        "languages": page_translations(context.get("page"), request),
        "current_language": current,
    }


@register.inclusion_tag("navigation/alternates.html", takes_context=True)
def alternate_links(context):
    """hreflang links to every live, really translated version of the page, plus x-default."""
    request = context["request"]
    page = context.get("page")
    entries = [e for e in page_translations(page, request) if e["translated"]]
    default = next((e for e in entries if e["code"] == settings.LANGUAGE_CODE), None)
    return {
        "alternates": [
            {"hreflang": e["code"], "href": request.build_absolute_uri(e["url"])} for e in entries
        ],
        "x_default": request.build_absolute_uri(default["url"]) if default else None,
    }


@register.simple_tag(takes_context=True)
def untranslated_source(context):
    """The page this one copies when it is an untranslated alias from another language."""
    page = context.get("page")
    if page is None or not page.alias_of_id:
        return None
    source = Page.objects.select_related("locale").filter(pk=page.alias_of_id).first()
    if source is None or source.locale_id == page.locale_id:
        return None
    return source


@register.simple_tag(takes_context=True)
def canonical_url(context, page):
    """The page's URL, with the routable view being shown (the canonical of "past events" is
    that view, not the upcoming events)."""
    request = context["request"]
    return request.build_absolute_uri(
        page.get_url(request) + page_route(context.get("page"), request)
    )


@register.filter
def in_sentence(language_name):
    """A language's name as written inside a sentence of the active language: English and
    German capitalise language names, French and Spanish do not ("en anglais", "en inglés")."""
    if get_language() in {"en", "de"}:
        return language_name
    return language_name[:1].lower() + language_name[1:]
