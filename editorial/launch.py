"""The launch checklist for the Executive Secretariat: a dashboard panel and Reports › Launch
checklist. The items come from each section (sitewide.launch_checklist)."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from sitewide import launch_checklist

from .roles import MODERATORS, group_names


def is_secretariat(user):
    return user.is_superuser or MODERATORS in group_names(user)


def summary():
    items = launch_checklist.items()
    return {"items": items, "done": sum(item.done for item in items), "total": len(items)}


class LaunchChecklistPanel(Component):
    name = "launch_checklist"
    template_name = "editorial/dashboard/launch_panel.html"
    order = 80

    def get_context_data(self, parent_context=None):
        context = summary()
        context["to_do"] = [item for item in context["items"] if not item.done]
        context["report_url"] = reverse("editorial_launch_checklist")
        return context


def dashboard_panel(request, panels):
    if is_secretariat(request.user):
        panels.append(LaunchChecklistPanel())


def launch_checklist_view(request):
    if not is_secretariat(request.user):
        raise PermissionDenied
    return TemplateResponse(request, "editorial/launch_checklist.html", summary())


class LaunchChecklistMenuItem(MenuItem):
    def is_shown(self, request):
        return is_secretariat(request.user)
