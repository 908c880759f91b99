"""Get involved pieces shown on other pages: the financing partners on the home page."""

from django import template

from home.localized import in_active_language
from involved.models import Organisation

register = template.Library()


@register.inclusion_tag("components/involved/financing_partners.html")
def financing_partners():
    """The financing partners of the directory, in the active language; nothing when none."""
    partners = (
        in_active_language(Organisation.objects.all())
        .filter(is_financing_partner=True)
        .select_related("logo")
        .prefetch_related("logo__renditions")
    )
    return {"partners": partners}
