"""No stale approval: a translation whose source changed after it was translated is not
approved or published until it is synced and the changed segments are translated, unless a
moderator publishes it "as is", with a reason kept in its history.

Wagtail's approval publishes the object's latest revision. A translation in review was saved
before the source changed; once synced and translated, `refresh_draft` saves a new revision
from the translated segments, so the approval publishes the new text.
"""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.log_actions import log
from wagtail.models import Page
from wagtail_localize.models import Translation

from .changes import row_changes
from .review import save_translation_draft
from .status import Board

PUBLISHED_AS_IS = "editorial.publish_as_is"


def translation_of(instance):
    """The enabled wagtail-localize translation whose target is `instance`, if any."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def translation_row(translation):
    """The board's row for `translation`, with its changed and untranslated segments."""
    board = Board(
        [translation.target_locale.language_code], translation_key=translation.source.object_id
    )
    row = next((r for r in board.rows if r.translation_id == translation.pk), None)
    if row is None:
        return None
    if row.is_page and row.stale:
        row.changes = row_changes(row)
        row.untranslated = untranslated(translation, row.changes)
    elif not row.is_page:
        # A snippet keeps no earlier text and no date of its own saves: every segment counts.
        row.untranslated = untranslated(translation, None)
    return row


def untranslated(translation, changes):
    """The source's current texts among `changes` (all of them for snippets, whose earlier
    text is not kept) that have no translation in the target language yet."""
    segments = translation.source.stringsegment_set.select_related("string").annotate_translation(
        translation.target_locale
    )
    wanted = None if changes is None else {change.new for change in changes if change.new}
    missing = []
    for segment in segments.order_by("order"):
        text = segment.string.as_value().render_text()
        if segment.translation is None and (wanted is None or text in wanted):
            missing.append(text)
    return missing


def blocker(instance):
    """The row saying why `instance` may not be approved or published yet, or None."""
    translation = translation_of(instance)
    if translation is None:
        return None
    row = translation_row(translation)
    if row is not None and ((row.stale and row.needs_sync) or row.untranslated):
        return row
    return None


def refusal_message(row):
    if row.needs_sync:
        return _(
            "'%(title)s' (%(language)s) cannot be published yet: the English changed after it "
            "was translated. Sync it and translate the changed segments first, or publish it "
            "as is with a reason."
        ) % {"title": row.title, "language": row.language_code.upper()}
    return ngettext(
        "'%(title)s' (%(language)s) cannot be published yet: %(count)s changed segment "
        "still needs translating, or publish it as is with a reason.",
        "'%(title)s' (%(language)s) cannot be published yet: %(count)s changed segments "
        "still need translating, or publish it as is with a reason.",
        len(row.untranslated),
    ) % {
        "title": row.title,
        "language": row.language_code.upper(),
        "count": len(row.untranslated),
    }


def refresh_draft(page, user):
    """Before an approval: a page translation that took in a source change since its revision
    in review gets a new revision from its translated segments, which the approval publishes."""
    translation = translation_of(page)
    if translation is None:
        return
    row = translation_row(translation)
    if row is not None and row.stale:
        save_translation_draft(translation, user)


def publish_as_is(instance, user, reason):
    """Publish without the source's latest changes, with the moderator's reason logged."""
    if isinstance(instance, Page):
        page = instance.specific
        workflow_state = page.current_workflow_state
        if (
            workflow_state is not None
            and workflow_state.status == workflow_state.STATUS_IN_PROGRESS
        ):
            workflow_state.current_task_state.specific.approve(user=user, comment=reason)
        else:
            page.get_latest_revision().publish(user=user)
        log(instance=page, action=PUBLISHED_AS_IS, user=user, data={"reason": reason})
        return
    translation = translation_of(instance)
    translation.save_target(user=user, publish=True)
    log(instance=instance, action=PUBLISHED_AS_IS, user=user, data={"reason": reason})
