from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import reverse
from django.utils.cache import patch_cache_control

DOCUMENT_SANDBOX = "default-src 'none'; sandbox"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's own policy: Wagtail's interface uses inline
    scripts and styles, the public and members' pages never do."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path.startswith(reverse("wagtailadmin_home")):
            parts.replace = {**settings.ADMIN_CONTENT_SECURITY_POLICY, **(parts.replace or {})}
        return parts


class DocumentResponseMiddleware:
    """What Wagtail's document view answers (operations/wagtail_hooks.py decides who may have
    a file): never stored by a shared cache or CDN, whose copy would outlive a move into a
    private collection; and a file sent as an attachment cannot run anything even if a browser
    opened it (`sandbox`). A PDF, the only type shown inline (WAGTAILDOCS_INLINE_CONTENT_TYPES),
    keeps Wagtail's `default-src 'none'` alone: the browsers' PDF viewers refuse to start in a
    sandboxed document, and a PDF is displayed by the viewer, never as a web page (nosniff).
    nginx sets the same headers again when it sends the file (site/deploy/nginx)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = request.resolver_match
        if match is None or match.url_name != "wagtaildocs_serve":
            return response
        patch_cache_control(response, private=True, no_cache=True)
        if response.get("Content-Disposition", "").startswith("attachment"):
            response["Content-Security-Policy"] = DOCUMENT_SANDBOX
        return response
