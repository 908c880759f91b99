from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from members.admin_views import is_secretariat
from sitewide.snippets import SnippetViewSet, register_snippet

from . import admin_views
from .dashboard import dashboard_panel
from .models import Forum
from .search import search_results


@hooks.register("platform_menu_items")
def discussions_menu_item():
    return [(_("Discussions"), "discussions:forums", "discussions")]


hooks.register("platform_dashboard_panels", dashboard_panel)
hooks.register("platform_search", search_results)


class ForumViewSet(SnippetViewSet):
    """The forums members post in: the Secretariat names them in the three languages."""

    model = Forum
    icon = "comment"
    menu_label = _("Forums")
    add_to_admin_menu = False
    list_display = ["name_en", "pillar", "sort_order", "listed"]
    search_fields = ["name_en", "name_fr", "name_es"]


register_snippet(ForumViewSet)


admin_urls = [
    path("reports/", admin_views.ReportsView.as_view(), name="reports"),
    path("log/", admin_views.LogView.as_view(), name="log"),
    path("posts/<int:pk>/<slug:action>/", admin_views.PostActionView.as_view(), name="post_action"),
    path("threads/<int:pk>/", admin_views.ThreadModerationView.as_view(), name="thread"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("discussions/", include((admin_urls, "discussions_admin")))]


class SecretariatMenuItem(MenuItem):
    def is_shown(self, request):
        return is_secretariat(request.user)


class SecretariatSubmenu(SubmenuMenuItem):
    def is_shown(self, request):
        return is_secretariat(request.user)


@hooks.register("register_admin_menu_item")
def register_discussions_menu():
    return SecretariatSubmenu(
        _("Discussions"),
        Menu(
            items=[
                SecretariatMenuItem(
                    _("Reported posts"), reverse("discussions_admin:reports"), icon_name="warning"
                ),
                SecretariatMenuItem(
                    _("Forums"),
                    reverse("wagtailsnippets_discussions_forum:list"),
                    icon_name="comment",
                ),
                SecretariatMenuItem(
                    _("Moderation log"), reverse("discussions_admin:log"), icon_name="history"
                ),
            ]
        ),
        icon_name="comment",
        order=308,
    )
