"""The members' area under Get involved: the way in to the collaborative platform."""

from django.shortcuts import redirect
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _

from home.models import BasePage

from .section import INVOLVED_PARENTS


class MembersPage(BasePage):
    """Get involved's entry to the collaborative platform (the members app). Editors restrict
    it to signed-in visitors with Wagtail's privacy setting ("login required"), so visitors
    sign in first; members are then taken to the platform's dashboard."""

    template = "pages/involved/members_page.html"
    page_description = _(
        "The way in to the members' collaborative platform, for signed-in members only; under "
        "Get involved."
    )
    parent_page_types = [*INVOLVED_PARENTS, "involved.MembersPage"]
    subpage_types = ["involved.MembersPage"]
    # Listed on Get involved although restricted: the way in is meant to be found
    # (sitewide's visible_children).
    sign_in_door = True

    class Meta:
        verbose_name = _("members' page")

    def serve(self, request, *args, **kwargs):
        # The area's top page leads to the platform; pages under it are read as they are.
        if request.user.is_authenticated and self.get_parent().specific_class is not MembersPage:
            response = redirect("members:dashboard")
        else:
            response = super().serve(request, *args, **kwargs)
        # Meant for members only: never in a shared cache.
        patch_cache_control(response, private=True, no_cache=True)
        return response
