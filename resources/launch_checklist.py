"""The resources' item of the launch checklist: the adopted documents and their years."""

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
    resources = list(
        ResourcePage.objects.child_of(index).select_related("resource_type").order_by("path")
    )
    summaries = [r.title for r in resources if r.resource_type and r.resource_type.slug == SUMMARY]
    undated = [r.title for r in resources if not r.publication_year]
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
