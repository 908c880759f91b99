from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.account import PasswordResetView
from wagtail.documents import urls as wagtaildocs_urls

from editorial.page_search import OwnLanguageSearchView
from editorial.review_views import FreshWorkflowActionView
from operations.health import healthz
from sitewide import page_cache, routing
from sitewide.limits import PasswordResetRateLimitMixin
from sitewide.seo import robots_txt, root_icon, sitemap


class AdminPasswordResetView(PasswordResetRateLimitMixin, PasswordResetView):
    pass


urlpatterns = [
    # Wagtail's own view, with the same limit on e-mails as the members' one.
    path("admin/password_reset/", AdminPasswordResetView.as_view()),
    # Wagtail's page search, in the user's own language first.
    path("admin/pages/search/", OwnLanguageSearchView.as_view()),
    path("admin/pages/search/results/", OwnLanguageSearchView.as_view(results_only=True)),
    # Wagtail's approve / request changes, refusing a translation the source changed under.
    path(
        "admin/pages/workflow/action/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
        require_admin_access(FreshWorkflowActionView.as_view()),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap),
    path("robots.txt", robots_txt),
    path("healthz", healthz),
    path("favicon.ico", root_icon, {"name": "favicon.ico"}),
    path("apple-touch-icon.png", root_icon, {"name": "apple-touch-icon.png"}),
]

if settings.DEBUG:
    # Images only, as nginx serves them: documents are served by Wagtail's view, which checks
    # their privacy; members' photos and the discussions' attachments by the platform's
    # views, to members only.
    urlpatterns.append(
        re_path(
            r"^media/(?P<path>images/.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

# Every public page lives under /en/, /fr/ or /es/; "/" is redirected by LocaleMiddleware
# to the language the browser prefers.
urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("account/", include("members.accounts")),
    path("platform/", include("members.urls")),
    path("platform/notifications/", include("notifications.urls")),
    path("platform/knowledge/", include("knowledge.urls")),
    path("platform/projects/", include("projects.urls")),
    path("platform/discussions/", include("discussions.urls")),
    path("", include("news.urls")),
    # Wagtail's URLs, its pages' view with whole pages kept for anonymous visitors in front of it
    # (sitewide/page_cache.py) and its routing from the cache (sitewide/routing.py).
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(
        wagtail_urls.serve_pattern,
        page_cache.cached(routing.routed(wagtail_views.serve)),
        name="wagtail_serve",
    ),
    prefix_default_language=True,
)
