"""The Get involved section's landing page."""

from django.utils.translation import gettext_lazy as _

from home.models import BasePage

INVOLVED_PARENTS = ["involved.GetInvolvedPage"]


class GetInvolvedPage(BasePage):
    """How to take part: the directory, joining, the members' area, contact."""

    template = "pages/content_page.html"
    page_description = _(
        "The landing page of the Get involved section, in the main menu; holds the directory, "
        "the join form, the members' area and the contact page."
    )
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "involved.DirectoryPage",
        "involved.JoinFormPage",
        "involved.MembersPage",
        "involved.ContactPage",
        "home.ContentPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Get involved section page")
