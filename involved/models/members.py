"""The members' area: pages for signed-in members of the Initiative only."""

from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from home.models import BasePage

from .section import INVOLVED_PARENTS


class MembersPage(BasePage):
    """A page of the collaborative platform. Editors restrict the area's top page to signed-in
    visitors with Wagtail's privacy setting ("login required"); its sub-pages inherit it."""

    template = "pages/involved/members_page.html"
    page_description = _(
        "A page of the members' area, for signed-in members only; under Get involved or "
        "another members' page."
    )
    parent_page_types = [*INVOLVED_PARENTS, "involved.MembersPage"]
    subpage_types = ["involved.MembersPage"]

    class Meta:
        verbose_name = _("members' page")

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Shows who is signed in and is meant for members only: never in a shared cache.
        patch_cache_control(response, private=True, no_cache=True)
        return response
