"""Whole pages as an anonymous visitor gets them, kept in each app server's memory under the
content version (site_fragments.version), so that a page the HTTP cache does not hold (after
a purge, a restart, or for a second front cache) is served without being built again, and is
never older than what the database says is published.

The same rules as the HTTP cache's (site/deploy/varnish): only GET and HEAD without a query
string, from a visitor with no session (no editor, no member, no pending message), never a
preview or a page behind a view restriction, and only a 200 that sets no cookie and says
nothing of its own caching (forms answer `private`). The key also holds the host, the scheme
and the day, since a page may say what is upcoming.

The cache is the `pages` one of CACHES: each process's memory, bounded by its MAX_ENTRIES
(settings.PAGE_CACHE_ENTRIES pages of a few tens of KB), least recently used dropped first.
"""

import functools

from django.conf import settings
from django.core.cache import InvalidCacheBackendError, caches
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page

from . import site_fragments

ALIAS = "pages"


def _cache():
    try:
        return caches[ALIAS]
    except InvalidCacheBackendError:  # a deployment without it: pages are built each time
        return None


def clear():
    """Forget every page this process kept (tests measure pages as they are built)."""
    cache = _cache()
    if cache is not None:
        cache.clear()


def applies(request):
    cookies = request.COOKIES
    user = getattr(request, "user", None)
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and not getattr(request, "is_preview", False)
        and settings.SESSION_COOKIE_NAME not in cookies
        and "messages" not in cookies
        and not (user is not None and user.is_authenticated)
    )


def _key(request):
    return ":".join(
        [
            "page",
            site_fragments.version(),
            get_language(),
            request.scheme,
            request.get_host(),
            timezone.localdate().isoformat(),
            request.path,
        ]
    )


def _keepable(request, path, response):
    """A 200 for everyone: no cookie, only its type and a Cache-Control that shares it (a page
    that says what is upcoming keeps the date in its own), of a page outside every private
    section (a restriction's change is a change of content, so this holds for the key)."""
    if response.status_code != 200 or response.cookies:
        return False
    if not set(response.headers) <= {"Content-Type", "Cache-Control"}:
        return False
    if "private" in response.get("Cache-Control", "") or "no-" in response.get("Cache-Control", ""):
        return False
    page = Page.find_for_request(request, path)
    return page is not None and site_fragments.is_public(page.path)


def cached(serve):
    """Wagtail's view that serves pages (`serve(request, path)`), with the cache in front."""

    @functools.wraps(serve)
    def view(request, path):
        cache = _cache()
        if cache is None or not applies(request):
            return serve(request, path)
        key = _key(request)
        found = cache.get(key)
        if found is not None:
            headers, content = found
            return HttpResponse(content, headers=headers)
        response = serve(request, path)
        if hasattr(response, "render"):
            response.render()
        if _keepable(request, path, response):
            cache.set(key, (dict(response.headers), response.content))
        return response

    return view
