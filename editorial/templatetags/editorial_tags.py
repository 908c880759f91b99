from django import template

from ..changes import row_changes
from ..status import Board
from ..views import reviewable_task_states

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review(context, translation):
    """The board's row for the translation open in wagtail-localize's editor, and the task
    states the user may review, so the editor offers the same next step as the board."""
    board = Board(
        [translation.target_locale.language_code], translation_key=translation.source.object_id
    )
    row = next((r for r in board.rows if r.translation_id == translation.pk), None)
    if row is None:
        return None
    row.changes = row_changes(row)
    return {"row": row, "reviewable": reviewable_task_states(context["request"].user)}
