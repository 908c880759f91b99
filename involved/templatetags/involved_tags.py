"""Get involved pieces shown on other pages: the financing partners on the home page."""

from django import template

from involved.models import Organisation
from sitewide import site_fragments

register = template.Library()


@register.simple_tag
def financing_partners():
    """The financing partners of the directory, in the active language; nothing when none.
    Rendered once per language until an organisation or a page changes."""
    return site_fragments.html(
        "financing-partners", "components/involved/financing_partners.html", _partners
    )


def _partners():
    partners = (
        Organisation.public_objects()
        .filter(is_financing_partner=True)
        .select_related("logo")
        .prefetch_related("logo__renditions")
    )
    return {"partners": partners}
