from django.core.exceptions import PermissionDenied
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import TranslatableMixin

from . import localize_views, views
from .dashboard import dashboard_panels, uses_translation_board
from .launch import LaunchChecklistMenuItem, dashboard_panel, launch_checklist_view
from .reports import BrokenLinksMenuItem, BrokenLinksView
from .roles import translator_language
from .snippet_counts import SnippetCountsIndexView


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("translations/", views.translation_board, name="editorial_translations"),
        path("translations/csv/", views.translation_board_csv, name="editorial_translations_csv"),
        path(
            "translations/<int:translation_id>/review/",
            views.submit_translation_for_review,
            name="editorial_submit_for_review",
        ),
        # Same path as Wagtail's Snippets index, matched before it.
        path("snippets/", SnippetCountsIndexView.as_view()),
        path("reports/broken-links/", BrokenLinksView.as_view(), name="editorial_broken_links"),
        path("reports/launch-checklist/", launch_checklist_view, name="editorial_launch_checklist"),
        path(
            "reports/broken-links/results/",
            BrokenLinksView.as_view(results_only=True),
            name="editorial_broken_links_results",
        ),
        # Same paths as wagtail-localize's views, matched before them.
        path(
            "localize/submit/page/<int:page_id>/",
            localize_views.OwnLanguagePageTranslationView.as_view(),
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            localize_views.OwnLanguageSnippetTranslationView.as_view(),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            localize_views.ReviewedUpdateTranslationsView.as_view(),
        ),
    ]


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return uses_translation_board(request.user)


@hooks.register("register_admin_menu_item")
def register_translations_menu_item():
    return TranslationsMenuItem(
        _("Translations"),
        reverse("editorial_translations"),
        icon_name="wagtail-localize-language",
        order=250,
    )


hooks.register("construct_homepage_panels", dashboard_panels)
hooks.register("construct_homepage_panels", dashboard_panel)


@hooks.register("register_reports_menu_item")
def register_broken_links_menu_item():
    return BrokenLinksMenuItem(
        _("Broken links"),
        reverse("editorial_broken_links"),
        name="broken-links",
        icon_name="warning",
        order=1300,
    )


@hooks.register("register_reports_menu_item")
def register_launch_checklist_menu_item():
    return LaunchChecklistMenuItem(
        _("Launch checklist"),
        reverse("editorial_launch_checklist"),
        name="launch-checklist",
        icon_name="tasks",
        order=1200,
    )


@hooks.register("insert_global_admin_css")
def global_admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("editorial/admin.css"))


def guard_snippet_locale(request, instance):
    """Snippet permissions are per model, not per language: keep translators to their own."""
    language = translator_language(request.user)
    if (
        language
        and isinstance(instance, TranslatableMixin)
        and instance.locale.language_code != language
    ):
        raise PermissionDenied


hooks.register("before_edit_snippet", guard_snippet_locale)
