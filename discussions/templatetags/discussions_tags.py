from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def author_name(user):
    """A post's or thread's author as members see them: a deleted, closed or suspended
    account's words stay, signed "Former member"."""
    profile = getattr(user, "member_profile", None) if user is not None else None
    if profile is None or not user.is_active:
        return _("Former member")
    return profile.display_name
