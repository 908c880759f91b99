"""Joint projects in the platform's search (members.search): title, summary and partners
sought. A project has no language of its own, so it is found when any of the site's languages
finds the words in it (sitewide.text_search)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from members.search import Result, ResultGroup
from sitewide.highlight import highlight
from sitewide.text_search import matching

from .models import Project


def search_results(request, words, limit):
    projects = matching(Project.objects.all(), words, ["title", "summary", "partners_sought"])
    query = " ".join(words)
    return ResultGroup(
        title=_("Joint projects"),
        total=projects.count(),
        results=[
            Result(
                title=project.title,
                url=reverse("projects:project", args=[project.pk]),
                excerpt=highlight(f"{project.summary}\n{project.partners_sought}", query),
                date=project.created_at,
            )
            for project in projects.order_by("-created_at", "-pk")[:limit]
        ],
    )
