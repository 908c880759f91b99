from django import template

from ..freshness import translation_row
from ..roles import is_moderator
from ..views import reviewable_task_states

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_review(context, translation):
    """The board's row for the translation open in wagtail-localize's editor (with the source's
    changed segments and those still untranslated), and what the user may do with it, so the
    editor offers the same next step as the board."""
    row = translation_row(translation)
    if row is None:
        return None
    user = context["request"].user
    return {
        "row": row,
        "reviewable": reviewable_task_states(user),
        "moderator": is_moderator(user),
    }


@register.filter
def is_moderator_user(user):
    return is_moderator(user)
