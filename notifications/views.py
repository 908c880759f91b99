"""The member's notifications: all of them (paginated), opening one (marks it read), marking
all read, the e-mail settings, and the one-click unsubscribe that works without signing in."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.decorators.csrf import csrf_exempt

from members.access import MemberRequiredMixin
from members.privacy import members_only
from members.views.base import PlatformView
from sitewide.listing import paginate

from .forms import PreferenceForm
from .models import Kind, Notification, Preference
from .unsubscribe import ALL, read_token, unsubscribe

PER_PAGE = 25


def local_path(url):
    """The URL if it is a path on this site, else None: a notification never sends anyone
    elsewhere, whatever was stored."""
    if url.startswith("/") and url_has_allowed_host_and_scheme(url, allowed_hosts=set()):
        return url
    return None


class NotificationsView(PlatformView):
    template_name = "pages/notifications/list.html"
    section = "notifications"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        notifications = Notification.objects.filter(recipient=self.request.user).select_related(
            "actor__member_profile"
        )
        page_obj = paginate(self.request, notifications, PER_PAGE)
        context.update(
            page_obj=page_obj,
            notifications=page_obj.object_list,
            has_unread=notifications.filter(read_at__isnull=True).exists(),
        )
        return context


class OpenView(MemberRequiredMixin, View):
    """The dashboard's and the list's links: mark read, then go where the notification says."""

    def get(self, request, pk):
        notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
        if notification.read_at is None:
            notification.read_at = timezone.now()
            notification.save(update_fields=["read_at"])
        return redirect(local_path(notification.url) or reverse("notifications:list"))


class MarkAllReadView(MemberRequiredMixin, View):
    def post(self, request):
        Notification.objects.filter(recipient=request.user, read_at__isnull=True).update(
            read_at=timezone.now()
        )
        messages.success(request, _("All your notifications are marked as read."))
        return redirect(local_path(request.POST.get("next", "")) or "notifications:list")


class SettingsView(PlatformView):
    template_name = "pages/notifications/settings.html"
    section = "profile"

    def preference(self):
        return Preference.objects.filter(user=self.request.user).first() or Preference(
            user=self.request.user
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", PreferenceForm(instance=self.preference()))
        return context

    def post(self, request, *args, **kwargs):
        form = PreferenceForm(request.POST, instance=self.preference())
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        form.save()
        messages.success(request, _("Your notification settings are saved."))
        return redirect("notifications:settings")


@csrf_exempt  # mail clients post the one-click unsubscribe (RFC 8058); the token is the key
def unsubscribe_view(request, token):
    found = read_token(token)
    if found is None:
        response = render(request, "pages/notifications/unsubscribe_invalid.html", status=400)
        return members_only(response)
    user, kind = found
    context = {
        "everything": kind == ALL,
        "kind_label": "" if kind == ALL else Kind(kind).label,
    }
    if request.method == "POST":
        unsubscribe(user, kind)
        return members_only(render(request, "pages/notifications/unsubscribed.html", context))
    return members_only(render(request, "pages/notifications/unsubscribe.html", context))
