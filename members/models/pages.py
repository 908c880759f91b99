"""The platform's own pages the Secretariat edits in the admin (About us, Help & support),
under one private root page per language."""

from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from home.models import BasePage
from members.privacy import members_only


class PlatformIndexPage(BasePage):
    """The platform's root in each language, restricted to signed-in members ("login
    required" privacy, which its sub-pages inherit). Its URL is the dashboard's."""

    page_description = _(
        "The root of the collaborative platform, under the home page; holds About us and "
        "Help & support. Its address shows the member's dashboard."
    )
    parent_page_types = ["home.HomePage"]
    subpage_types = ["members.PlatformPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("collaborative platform")

    def serve(self, request, *args, **kwargs):
        return members_only(redirect("members:dashboard"))


class PlatformPage(BasePage):
    template = "pages/members/platform_page.html"
    page_description = _(
        "A page of the collaborative platform for members (About us, Help & support)."
    )
    parent_page_types = ["members.PlatformIndexPage"]
    subpage_types = []

    contact_form = models.BooleanField(
        _("show the “Contact the Secretariat” form"),
        default=False,
        help_text=_("Members write to the address of Settings › Executive Secretariat."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("contact_form")]

    class Meta:
        verbose_name = _("platform page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.contact_form and "contact_form" not in context:
            from members.forms.messages import SecretariatContactForm

            context["contact_form"] = SecretariatContactForm()
        return context

    def serve(self, request, *args, **kwargs):
        from members.access import gate

        refused = gate(request)
        if refused:
            return refused
        if self.contact_form and request.method == "POST":
            from members.views.contact import contact_secretariat

            return contact_secretariat(request, self)
        return members_only(super().serve(request, *args, **kwargs))
