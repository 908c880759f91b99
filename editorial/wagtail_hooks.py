import copy

from django.core.exceptions import PermissionDenied
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.models import TranslatableMixin
from wagtail.utils.version import get_main_version

from . import listing_buttons, localize_views, review_views, views
from .dashboard import dashboard_panels, uses_translation_board
from .freshness import PUBLISHED_AS_IS
from .launch import LaunchChecklistMenuItem, dashboard_panel, launch_checklist_view
from .localize_guard import guarded_urls
from .reports import BrokenLinksMenuItem, BrokenLinksView
from .roles import translator_language
from .snippet_counts import SnippetCountsIndexView


@hooks.register("construct_explorer_page_queryset")
def explorer_translation_state(parent_page, pages, request):
    """What the translation buttons of the explorer's rows need, in the listing's query."""
    listing_buttons.use_translation_buttons()
    return listing_buttons.annotate(pages)


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
        path(
            "translations/<int:translation_id>/draft/",
            views.save_translation_as_draft,
            name="editorial_save_draft",
        ),
        path(
            "translations/<int:translation_id>/publish-as-is/",
            review_views.publish_translation_as_is,
            name="editorial_publish_as_is",
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
        # Every wagtail-localize view again at its own path, matched first, within the user's
        # language and role (localize_guard).
        *guarded_urls(
            {
                "submit_page_translation": localize_views.OwnLanguagePageTranslationView.as_view(),
                "submit_snippet_translation": (
                    localize_views.OwnLanguageSnippetTranslationView.as_view()
                ),
                "update_translations": localize_views.ReviewedUpdateTranslationsView.as_view(),
                "stop_translation": localize_views.confirm_stop_translation,
                "translations_report": localize_views.OwnLanguageTranslationsReportView.as_view(),
                "translations_report_results": (
                    localize_views.OwnLanguageTranslationsReportView.as_view(results_only=True)
                ),
            }
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


@hooks.register("construct_reports_menu")
@hooks.register("construct_help_menu")
def translate_menu_labels(request, menu_items):
    """Wagtail builds its menus once per process: a label that wagtail-localize, or Wagtail
    itself, translates when registering it stays in the language of the first request (a
    Spanish translator read "Traductions"). These are written again in the user's language."""
    version = get_main_version(include_patch=False)
    report_url = reverse("wagtail_localize:translations_report")
    for index, item in enumerate(menu_items):
        if item.url == report_url:
            label = gettext("Translations")
        elif item.name == f"whats-new-in-wagtail-{version}":
            label = gettext("What's new in Wagtail %(version)s") % {"version": version}
        else:
            continue
        menu_items[index] = copy.copy(item)
        menu_items[index].label = label


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


# A stale translation is not published from the translation editor either (see freshness).
hooks.register("before_edit_page", review_views.refuse_stale_publish)
hooks.register("before_edit_snippet", review_views.refuse_stale_publish)


@hooks.register("register_log_actions")
def register_log_actions(actions):
    @actions.register_action(PUBLISHED_AS_IS)
    class PublishedAsIs(LogFormatter):
        label = _("Publish as is")
        message = _("Published without the source's latest changes")

        def format_comment(self, log_entry):
            return log_entry.data.get("reason", "")
