"""Sending a translation made in wagtail-localize's editor to the moderators.

wagtail-localize's editor can only publish. Its draft save (`save_target(publish=False)`)
writes the translated text into the page's own row, which for a live page is what visitors
see, so unreviewed text would go live at once. Here a live page only gets a new revision,
which the moderators' approval then publishes.
"""

from wagtail.models import Page
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.segments.ingest import ingest_segments


def save_translation_draft(translation, user):
    """A draft revision of the translated page holding the strings translated so far."""
    page = Page.objects.get(pk=translation.get_target_instance().pk).specific
    if page.alias_of_id:
        # An alias mirrors the source, so its row already shows what visitors see today.
        page.alias_of_id = None
        page.save(update_fields=["alias_of_id"], clean=False)
    if not page.live:
        translation.save_target(user=user, publish=False)
        return Page.objects.get(pk=page.pk).specific
    source = translation.source
    original = source.as_instance()
    copy_synchronised_fields(original, page)
    # The same segments wagtail-localize's own save uses (missing ones fall back to the source).
    segments = source._get_segments_for_translation(translation.target_locale, fallback=True)
    ingest_segments(original, page, source.locale, translation.target_locale, segments)
    page.save_revision(user=user)
    return page


def send_for_review(translation, user):
    """Save the draft and start the page's workflow, or resume it where a moderator asked for
    changes (as Wagtail's own "Resubmit" does). Returns (page, sent)."""
    page = Page.objects.get(pk=translation.get_target_instance().pk).specific
    if page.workflow_in_progress:
        return page, False
    workflow_state = page.current_workflow_state
    workflow = page.get_workflow()
    if workflow_state is None and workflow is None:
        return page, False
    page = save_translation_draft(translation, user)
    if workflow_state is not None:
        workflow_state.resume(user)
    else:
        workflow.start(page, user)
    return page, True
