"""The member's dashboard: first steps, what is new since the last visit, the next meetings.

The platform's other apps add their panels with the `platform_dashboard_panels` hook: a
function taking (request, member) and returning rendered HTML (render_to_string), or "" when it has nothing to show."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .base import PlatformView, listed_members

NEW_MEMBERS_SHOWN = 6


class DashboardView(PlatformView):
    template_name = "pages/members/dashboard.html"
    section = "dashboard"
    title = _("Dashboard")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        member = self.request.member
        new_members = listed_members().exclude(pk=member.pk).select_related("user")
        if member.previous_visit:
            new_members = new_members.filter(created_at__gt=member.previous_visit)
        context["new_members"] = list(
            new_members.order_by("-created_at", "-pk")[:NEW_MEMBERS_SHOWN]
        )
        context["since"] = member.previous_visit
        context["checklist"] = [
            (_("Choose your own password"), not member.must_change_password, "members:password"),
            (_("Complete your profile"), member.is_complete, "members:profile"),
        ]
        context["panels"] = [
            html
            for hook in hooks.get_hooks("platform_dashboard_panels")
            if (html := hook(self.request, member))
        ]
        context["checklist_done"] = all(done for _label, done, _url in context["checklist"])
        return context
