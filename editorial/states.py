"""A translation's state and its board row (see status.py for how the states are found)."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, WorkflowState

MISSING = "missing"
NOT_TRANSLATED = "not_translated"
IN_REVIEW = "in_review"
CHANGES_REQUESTED = "changes_requested"
OUT_OF_DATE = "out_of_date"
DRAFT = "draft"
UP_TO_DATE = "up_to_date"
STATES = {
    MISSING: _("Missing"),
    NOT_TRANSLATED: _("Not yet translated"),
    DRAFT: _("Draft"),
    IN_REVIEW: _("In review"),
    CHANGES_REQUESTED: _("Changes requested"),
    OUT_OF_DATE: _("Out of date"),
    UP_TO_DATE: _("Published and up to date"),
}


@dataclass
class Row:
    title: str
    type_label: str
    section: str
    section_label: str
    language_code: str
    state: str
    changed_at: datetime | None
    synced_at: datetime | None
    source_pk: object
    target_pk: object
    translation_source_id: int | None
    model: type
    translation_id: int | None = None
    needs_sync: bool = False
    # The moderation workflow on the translation, when one is in progress or sent back.
    task_state_id: int | None = None
    review_comment: str = ""
    # The source's title (`title` is the translation's, once there is one).
    source_title: str = ""
    # The source's changed segments (editorial.changes), filled in for the rows on show.
    changes: list | None = None
    # The source changed after the translation last took it in (whatever the state: a draft
    # or a translation in review is stale too, and may not be approved as it is).
    stale: bool = False
    # Changed segments the translation still lacks (editorial.freshness), when checked.
    untranslated: list | None = None

    @property
    def can_send_for_review(self):
        """A page translation with something the moderators have not seen: a draft, one sent
        back to the translator, or an out-of-date one once synced (its new segments are in)."""
        if not self.is_page or self.translation_id is None:
            return False
        if self.state == OUT_OF_DATE:
            return not self.needs_sync
        return self.state in (DRAFT, CHANGES_REQUESTED)

    @property
    def sync_first(self):
        """The source changed and the translation has not been synced since."""
        return self.needs_sync and self.state not in (MISSING, NOT_TRANSLATED)

    def workflow_action_url(self, action):
        """Wagtail's own view for a moderator's "approve" or "reject" on this translation."""
        return reverse(
            "wagtailadmin_pages:workflow_action", args=[self.target_pk, action, self.task_state_id]
        )

    @property
    def approve_url(self):
        return self.workflow_action_url("approve")

    @property
    def reject_url(self):
        return self.workflow_action_url("reject")

    @property
    def state_label(self):
        return STATES[self.state]

    @property
    def is_page(self):
        return issubclass(self.model, Page)

    @property
    def action_url(self):
        """Where the next step of this row's translation happens."""
        if self.sync_first:
            return reverse(
                "wagtail_localize:update_translations", args=[self.translation_source_id]
            )
        if self.state in (MISSING, NOT_TRANSLATED):
            if self.is_page:
                return reverse("wagtail_localize:submit_page_translation", args=[self.source_pk])
            meta = self.model._meta
            return reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[meta.app_label, meta.model_name, quote(self.source_pk)],
            )
        if self.is_page:
            return reverse("wagtailadmin_pages:edit", args=[self.target_pk])
        return reverse(
            self.model.snippet_viewset.get_url_name("edit"), args=[quote(self.target_pk)]
        )

    @property
    def action_label(self):
        if self.sync_first:
            return _("Sync")
        if self.state in (MISSING, NOT_TRANSLATED):
            return _("Translate")
        return _("Edit")


def state_of(target, changed_at, synced_at, review, draftable=True):
    if target is None:
        return MISSING
    if target.get("alias_of_id"):
        return NOT_TRANSLATED
    if review:
        if review["status"] == WorkflowState.STATUS_NEEDS_CHANGES:
            return CHANGES_REQUESTED
        return IN_REVIEW
    if changed_at and synced_at and changed_at > synced_at:
        return OUT_OF_DATE
    if draftable and (not target["live"] or target["has_unpublished_changes"]):
        return DRAFT
    return UP_TO_DATE


def is_stale(target, changed_at, synced_at):
    return bool(
        target
        and not target.get("alias_of_id")
        and changed_at
        and synced_at
        and changed_at > synced_at
    )


def translated_title(target, source_title):
    """The translation's title once it is translated; the source's for an alias or nothing."""
    if target and not target.get("alias_of_id") and target.get("title"):
        return target["title"]
    return source_title


def review_fields(review):
    if not review:
        return {}
    return {
        "task_state_id": review["current_task_state_id"],
        "review_comment": review["current_task_state__comment"] or ""
        if review["status"] == WorkflowState.STATUS_NEEDS_CHANGES
        else "",
    }
