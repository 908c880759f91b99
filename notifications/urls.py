"""The member's notifications, under /<lang>/platform/notifications/."""

from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("", views.NotificationsView.as_view(), name="list"),
    path("<int:pk>/", views.OpenView.as_view(), name="open"),
    path("read/", views.MarkAllReadView.as_view(), name="mark_all_read"),
    path("settings/", views.SettingsView.as_view(), name="settings"),
    path("unsubscribe/<str:token>/", views.unsubscribe_view, name="unsubscribe"),
]
