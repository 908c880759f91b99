"""The platform's navigation: its sections, About us and Help & support (pages the
Secretariat edits), and the member's account menu.

The platform's other apps add their sections with the `platform_menu_items` hook: a function
returning (label, URL name, section) tuples, listed after Community."""

from django import template
from wagtail import hooks
from wagtail.models import Locale

from members.models import PlatformPage

register = template.Library()


@register.inclusion_tag("components/members/platform_nav.html", takes_context=True)
def platform_nav(context):
    request = context["request"]
    pages = PlatformPage.objects.live().filter(locale=Locale.get_active()).order_by("path")
    current = context.get("page")
    return {
        "request": request,
        "section": context.get("platform_section", ""),
        "member": getattr(request, "member", None),
        "items": [item for hook in hooks.get_hooks("platform_menu_items") for item in hook()],
        "pages": [
            (page, page.get_url(request), current is not None and current.pk == page.pk)
            for page in pages
        ],
    }


@register.inclusion_tag("components/members/account_menu.html", takes_context=True)
def account_menu(context):
    request = context["request"]
    return {
        "request": request,
        "member": getattr(request, "member", None),
        "section": context.get("platform_section", ""),
    }
