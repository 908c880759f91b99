"""The About section's items of the launch checklist: the adopted criteria, the governance."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Locale

from sitewide.launch_checklist import Item, check

from .models import CriteriaPage, GovernancePage


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def complete(criterion):
    return all(criterion.get(name) for name in ("criterion", "indicator", "method", "unit"))


@check(10)
def criteria():
    page = CriteriaPage.objects.filter(locale=Locale.get_default()).first()
    if page is None:
        return []
    dimensions = list(page.dimensions.raw_data)
    missing = [
        d["value"]["name"]
        for d in dimensions
        if not d["value"]["criteria"]
        or not all(complete(c.get("value", c)) for c in d["value"]["criteria"])
    ]
    return [
        Item(
            _("The adopted reference criteria, with their indicators, methods and units"),
            done=bool(dimensions) and not missing,
            url=edit_url(page),
            detail=ngettext(
                "Dimension without its complete criteria: %(names)s",
                "Dimensions without their complete criteria: %(names)s",
                len(missing),
            )
            % {"names": ", ".join(missing)}
            if missing
            else "",
        )
    ]


@check(50)
def governance():
    page = GovernancePage.objects.filter(locale=Locale.get_default()).first()
    if page is None:
        return []
    empty = [b["value"]["name"] for b in page.bodies.raw_data if not b["value"]["people"]]
    return [
        Item(
            _("The members of each governance body"),
            done=not empty,
            url=edit_url(page),
            detail=_("Bodies without members: %(names)s") % {"names": ", ".join(empty)}
            if empty
            else "",
        )
    ]
