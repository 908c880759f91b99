from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .search import search_results
from .views import seeking_partners_for

DASHBOARD_PROJECTS = 5


@hooks.register("platform_menu_items")
def menu_items():
    return [(_("Joint projects"), "projects:list", "projects")]


hooks.register("platform_search", search_results)


@hooks.register("platform_dashboard_panels")
def dashboard_panel(request, member):
    return render_to_string(
        "pages/projects/dashboard_panel.html",
        {"projects": seeking_partners_for(member, DASHBOARD_PROJECTS)},
        request=request,
    )
