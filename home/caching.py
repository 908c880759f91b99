"""Cache-Control for every page: public pages may be shared, anything made for one visitor not.

Public pages hold nothing per visitor (DESIGN.md), so browsers, a front cache or a CDN may keep
them for PUBLIC_CACHE_MAX_AGE seconds. A response that sets a cookie (a CSRF token, a session)
or varies on the visitor's cookies (signed-in pages, the admin) is private. Views that say
something themselves (never_cache, the join form's `private`) keep what they said.
"""

from django.conf import settings
from django.utils.cache import has_vary_header, patch_cache_control


class CacheControlMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD") or response.has_header("Cache-Control"):
            return response
        if response.cookies or has_vary_header(response, "Cookie"):
            patch_cache_control(response, private=True)
        elif response.status_code == 200:
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_MAX_AGE)
        return response
