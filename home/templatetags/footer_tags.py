from django import template

from home.models import FooterText
from sitewide import site_fragments

register = template.Library()


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer, rendered once per language until something changes: its text, settings and
    localised links would otherwise cost four queries on every page."""
    request = context["request"]
    return site_fragments.html(
        "footer-html",
        "navigation/footer.html",
        lambda: {"footer": FooterText.for_active_locale(), "request": request},
    )
