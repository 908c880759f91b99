"""The Executive Secretariat's contact details, and the contact page that shows them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from home.models import BasePage

from .section import INVOLVED_PARENTS


@register_setting(icon="mail")
class SecretariatSettings(BaseSiteSetting):
    """Facts that are the same in every language (an address is written as the post expects
    it), so one record serves the three languages; the page around it is translated."""

    postal_address = models.TextField(_("postal address"), blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=50, blank=True)

    panels = [FieldPanel("postal_address"), FieldPanel("email"), FieldPanel("phone")]

    class Meta:
        verbose_name = _("Executive Secretariat")


class ContactPage(BasePage):
    template = "pages/involved/contact_page.html"
    page_description = _(
        "How to reach the Executive Secretariat, with its address; under Get involved."
    )
    parent_page_types = INVOLVED_PARENTS
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("contact page")
