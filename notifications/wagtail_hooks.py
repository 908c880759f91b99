from django.template.loader import render_to_string
from wagtail import hooks

from .models import Notification

# The newest unread ones; the rest are a click away on the notifications page.
PANEL_SHOWN = 8


@hooks.register("platform_dashboard_panels")
def whats_new_panel(request, member):
    unread = Notification.objects.filter(recipient=request.user, read_at__isnull=True)
    notifications = list(unread.select_related("actor__member_profile")[: PANEL_SHOWN + 1])
    return render_to_string(
        "components/notifications/panel.html",
        {
            "notifications": notifications[:PANEL_SHOWN],
            "more": len(notifications) > PANEL_SHOWN,
            "request": request,
        },
        request=request,
    )
