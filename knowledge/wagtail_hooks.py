from django.template.loader import render_to_string
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from members.admin_views import is_secretariat

from . import admin_views
from .search import search_results
from .views import new_since

DASHBOARD_ITEMS = 5


@hooks.register("platform_menu_items")
def menu_items():
    return [(_("Shared knowledge"), "knowledge:list", "knowledge")]


hooks.register("platform_search", search_results)


@hooks.register("platform_dashboard_panels")
def dashboard_panel(request, member):
    return render_to_string(
        "pages/knowledge/dashboard_panel.html",
        {"items": new_since(member, DASHBOARD_ITEMS), "since": member.previous_visit},
        request=request,
    )


class SecretariatMenuItem(MenuItem):
    def is_shown(self, request):
        return is_secretariat(request.user)


admin_urls = [
    path("", admin_views.KnowledgeAdminView.as_view(), name="items"),
    path("<int:pk>/promote/", admin_views.PromoteView.as_view(), name="promote"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("platform/knowledge/", include((admin_urls, "knowledge_admin")))]


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return SecretariatMenuItem(
        _("Shared knowledge"), reverse("knowledge_admin:items"), icon_name="doc-full", order=308
    )
