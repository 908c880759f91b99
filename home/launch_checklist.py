"""The site-wide items of the launch checklist: texts awaiting approval, images."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from sitewide.launch_checklist import Item, check


@check(60)
def texts_awaiting_approval():
    """The pages with a draft nobody has published: the texts the initial content saved for
    the Secretariat's approval, and any draft since."""
    drafts = Page.objects.filter(
        locale=Locale.get_default(), depth__gt=1, has_unpublished_changes=True, live=True
    ).order_by("path")
    items = [
        Item(
            _("Text awaiting approval: %(title)s") % {"title": page.title},
            done=False,
            url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            detail=_("Review the draft, then publish it or discard its changes."),
        )
        for page in drafts
    ]
    return items or [
        Item(_("Texts awaiting approval"), done=True, url=reverse("wagtailadmin_explore_root"))
    ]


@check(70)
def images():
    count = get_image_model().objects.count()
    return [
        Item(
            _("Images"),
            done=count > 0,
            url=reverse("wagtailimages:index"),
            detail="" if count else _("The image library is empty."),
        )
    ]
