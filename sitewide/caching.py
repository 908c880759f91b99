"""Cache-Control for every page: public pages may be shared, anything made for one visitor not.

Public pages hold nothing per visitor (DESIGN.md), so browsers may keep them for
PUBLIC_CACHE_MAX_AGE seconds and a front cache or CDN, which publishing purges, for
PUBLIC_CACHE_S_MAXAGE. A response that sets a cookie (a CSRF token, a session)
or is made for a signed-in user (the admin, pages with the editors' userbar) is private.
Views that say
something themselves (never_cache, the join form's `private`) keep what they said.

A page built while content changed (the request read its rows before a publication committed
and answers after it) is kept by nobody: it may show the old version, and the front cache was
purged when the change committed (operations/frontend_cache.py), before this answer reached it.
"""

import contextlib

from django.conf import settings
from django.db import DatabaseError
from django.utils.cache import patch_cache_control

from . import site_fragments


def _signed_in(request):
    # Pages vary on the session cookie (the editors' userbar), but what an anonymous visitor
    # gets is the same for all: shared caches pass requests that carry a session cookie.
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


class CacheControlMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD"):
            # Before anything reads content; without a database the view answers for itself
            # (/healthz says it is down).
            with contextlib.suppress(DatabaseError):
                site_fragments.version()
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD") or response.has_header("Cache-Control"):
            return response
        if response.cookies or _signed_in(request):
            patch_cache_control(response, private=True)
        elif response.status_code == 200:
            _share(response, settings.PUBLIC_CACHE_S_MAXAGE)
        return response


def _share(response, s_maxage):
    if site_fragments.version_changed():
        patch_cache_control(response, private=True, no_cache=True)
    else:
        patch_cache_control(
            response, public=True, max_age=settings.PUBLIC_CACHE_MAX_AGE, s_maxage=s_maxage
        )


def changes_with_the_date(request, response):
    """For pages that say what is upcoming: a front cache, which publishing purges, keeps
    them no longer than DATED_CACHE_S_MAXAGE, since the date changes them too."""
    if (
        response.status_code == 200
        and not response.has_header("Cache-Control")
        and not response.cookies
        and not _signed_in(request)
    ):
        _share(response, settings.DATED_CACHE_S_MAXAGE)
    return response
