"""The platform's views, under /<lang>/platform/ (its Wagtail pages, About us and Help &
support, live under the same path in the page tree)."""

from django.urls import path

from .views.community import CommunityView, MemberView
from .views.dashboard import DashboardView
from .views.messages import MessagesView, WriteView
from .views.photos import PhotoView
from .views.profile import CloseView, DataView, PasswordView, ProfileView
from .views.search import SearchView

app_name = "members"

urlpatterns = [
    path("", DashboardView.as_view(), name="dashboard"),
    path("profile/", ProfileView.as_view(), name="profile"),
    path("profile/password/", PasswordView.as_view(), name="password"),
    path("profile/data/", DataView.as_view(), name="data"),
    path("profile/close/", CloseView.as_view(), name="close"),
    path("community/", CommunityView.as_view(), name="community"),
    path("community/<int:pk>/", MemberView.as_view(), name="member"),
    path("community/<int:pk>/write/", WriteView.as_view(), name="write"),
    path("messages/", MessagesView.as_view(), name="messages"),
    path("search/", SearchView.as_view(), name="search"),
    path("photos/<slug:name>.jpg", PhotoView.as_view(), name="photo"),
]
