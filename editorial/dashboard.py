"""Dashboard panels for the editorial roles: what the user has on the go, what changed lately
and, for translators and moderators, where the translations stand (from the board's states)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page

from .roles import MODERATORS, group_names, translator_language
from .status import Board

LIMIT = 8


def uses_translation_board(user):
    """Translators and moderators; editors have no translation rights (see the roles)."""
    return (
        user.is_superuser
        or translator_language(user) is not None
        or MODERATORS in group_names(user)
    )


def edited_pages(request):
    """Pages in the languages the user works in: a translator's own, everyone's otherwise."""
    # Synchronised copies are nobody's edits: left out.
    pages = Page.objects.filter(depth__gt=1, alias_of=None)
    language = translator_language(request.user)
    if language:
        pages = pages.filter(locale__language_code=language)
    return pages.exclude(latest_revision_created_at=None).order_by("-latest_revision_created_at")


class PagesPanel(Component):
    template_name = "editorial/dashboard/pages_panel.html"

    def __init__(self, name, heading, pages, empty, order):
        self.name, self.heading, self.pages, self.empty, self.order = (
            name,
            heading,
            pages,
            empty,
            order,
        )

    def get_context_data(self, parent_context=None):
        pages = self.pages.specific().prefetch_workflow_states().select_related("locale")[:LIMIT]
        return {"panel": self, "pages": pages, "request": parent_context["request"]}


class TranslationsPanel(Component):
    name = "translation_states"
    template_name = "editorial/dashboard/translations_panel.html"
    order = 120

    def get_context_data(self, parent_context=None):
        request = parent_context["request"]
        language = translator_language(request.user)
        board = Board([language] if language else None)
        return {
            "counts": [count for count in Board.counts(board.rows) if count[2]],
            "language": language,
            "board_url": reverse("editorial_translations"),
        }


class AwaitingReviewPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "Awaiting your review", first on the dashboard, each translation flagged
    when the source changed after it was translated (it cannot be approved as it is)."""

    order = 10

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        if context["states"]:
            # The rows of the objects in review only, not the whole board.
            keys = [getattr(state["obj"], "translation_key", None) for state in context["states"]]
            rows = Board(translation_keys=[key for key in keys if key]).rows
            stale = {(row.model, row.target_pk) for row in rows if row.stale}
            for state in context["states"]:
                obj = state["obj"]
                base = Page if isinstance(obj, Page) else type(obj)
                state["stale"] = any(
                    issubclass(model, base) and pk == obj.pk for model, pk in stale
                )
        return context


def dashboard_panels(request, panels):
    user = request.user
    panels[:] = [p for p in panels if p.name != WorkflowObjectsToModeratePanel.name]
    panels.append(AwaitingReviewPanel())
    mine = (
        edited_pages(request)
        .filter(latest_revision__user=user)
        .filter(has_unpublished_changes=True)
    )
    panels.append(
        PagesPanel(
            "my_drafts",
            _("Your drafts and pages in review"),
            mine,
            _("Nothing waiting: the pages you save as drafts or submit for review show here."),
            order=90,
        )
    )
    panels.append(
        PagesPanel(
            "recently_edited",
            _("Recently edited"),
            edited_pages(request),
            _("No page has been edited yet."),
            order=110,
        )
    )
    if uses_translation_board(user):
        panels.append(TranslationsPanel())
