"""The resources' item of the launch checklist: the adopted documents and their years."""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Locale

from sitewide.launch_checklist import Item, check

from .models import ResourceIndexPage, ResourcePage

# The type of the tables written for the site from the presentation (site/content).
SUMMARY = "summary"


@check(40)
def documents():
    index = ResourceIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None:
        return []
    # Titles only, from the database: the dashboard shows this with thousands of resources.
    resources = ResourcePage.objects.child_of(index).order_by("path")
    summaries = list(resources.filter(resource_type__slug=SUMMARY).values_list("title", flat=True))
    undated = list(
        resources.filter(Q(publication_year__isnull=True) | Q(publication_year=0)).values_list(
            "title", flat=True
        )
    )
    detail = []
    if summaries:
        detail.append(
            _("Summaries written for the site in place of the adopted documents: %(titles)s")
            % {"titles": "; ".join(summaries)}
        )
    if undated:
        detail.append(_("Without a publication year: %(titles)s") % {"titles": "; ".join(undated)})
    return [
        Item(
            _("The documents and their publication years"),
            done=not summaries and not undated,
            url=reverse("wagtailadmin_explore", args=[index.pk]),
            detail=" ".join(detail),
        )
    ]
