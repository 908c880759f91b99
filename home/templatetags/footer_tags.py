from django import template

from home.models import FooterText
from sitewide import site_fragments

register = template.Library()


@register.simple_tag(takes_context=True)
def site_footer(context, signed_in=False):
    """The footer, rendered once per language until something changes: its text, settings and
    localised links would otherwise cost four queries on every page. Pages for signed-in
    people (the platform's) have their own, without "Sign in": the same for every member, so
    it is cached too."""
    request = context["request"]
    return site_fragments.html(
        "footer-html-signed-in" if signed_in else "footer-html",
        "navigation/footer.html",
        lambda: {
            "footer": FooterText.for_active_locale(),
            "request": request,
            "signed_in": signed_in,
        },
    )
