from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet

from . import admin_views
from .models import SecretariatMessage


class SecretariatMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.is_secretariat(request.user)


admin_urls = [
    path("applications/", admin_views.ApplicationsView.as_view(), name="applications"),
    path("applications/<int:pk>/", admin_views.ApplicationView.as_view(), name="application"),
    path("members/", admin_views.MembersView.as_view(), name="members"),
    path(
        "members/<int:pk>/<slug:action>/",
        admin_views.MemberActionView.as_view(),
        name="member_action",
    ),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("platform/", include((admin_urls, "members_admin")))]


@hooks.register("register_admin_menu_item")
def register_applications_menu_item():
    return SecretariatMenuItem(
        _("Applications to join"),
        reverse("members_admin:applications"),
        icon_name="form",
        order=305,
    )


@hooks.register("register_admin_menu_item")
def register_members_menu_item():
    return SecretariatMenuItem(
        _("Platform members"), reverse("members_admin:members"), icon_name="group", order=306
    )


class SecretariatMessageViewSet(ModelViewSet):
    """What members wrote with "Contact the Secretariat", kept here as well as e-mailed."""

    model = SecretariatMessage
    icon = "mail"
    menu_label = _("Messages from members")
    menu_order = 307
    add_to_admin_menu = True
    list_display = ["subject", "sender_name", "sender_email", "sent_at"]
    search_fields = ["subject", "body", "sender_name", "sender_email"]
    inspect_view_enabled = True
    form_fields = ["subject", "body"]


@hooks.register("register_admin_viewset")
def register_secretariat_messages():
    return SecretariatMessageViewSet("secretariat_messages")
