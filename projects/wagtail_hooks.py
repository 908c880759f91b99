from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .models import Project
from .search import search_results
from .views import project_url, seeking_partners_for

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


@hooks.register("discussion_thread_breadcrumb")
def thread_breadcrumb(thread):
    """A project's discussion leads back to its project, not to a forum."""
    project = Project.objects.filter(thread=thread).only("pk", "title").first()
    if project is None:
        return None
    return [(_("Joint projects"), reverse("projects:list")), (project.title, project_url(project))]
