"""The Executive Secretariat's details and settings, the same for every language."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

# The networks' own names, the same in every language.
SOCIAL_NETWORKS = [
    ("linkedin", "LinkedIn"),
    ("x", "X"),
    ("bluesky", "Bluesky"),
    ("mastodon", "Mastodon"),
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("youtube", "YouTube"),
]


@register_setting(icon="mail")
class SecretariatSettings(BaseSiteSetting):
    """Facts that are the same in every language (an address is written as the post expects
    it), so one record serves the three languages; the page around it is translated."""

    postal_address = models.TextField(_("postal address"), blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from every page's footer and from the join form, in each language."),
    )
    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from every page's footer, in each language."),
    )
    social_links = StreamField(
        # One block per network: the editor picks the network and pastes the account's address.
        [(network, blocks.URLBlock(label=label)) for network, label in SOCIAL_NETWORKS],
        blank=True,
        verbose_name=_("social media accounts"),
        help_text=_("The Initiative's accounts, linked from every page's footer in this order."),
    )
    application_retention_months = models.PositiveSmallIntegerField(
        _("keep applications for (months)"),
        default=24,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Applications to join, their declarations and the messages sent from the contact "
            "page are deleted this many months after they were sent (manage.py "
            "delete_old_applications, run daily)."
        ),
    )

    # The footer links the privacy and legal notices on every page: one query for all.
    select_related = ["privacy_page", "legal_notice_page"]

    panels = [
        FieldPanel("postal_address"),
        FieldPanel("email"),
        FieldPanel("phone"),
        MultiFieldPanel([FieldPanel("legal_notice_page"), FieldPanel("social_links")], _("Footer")),
        MultiFieldPanel(
            [FieldPanel("privacy_page"), FieldPanel("application_retention_months")],
            _("Personal data"),
        ),
    ]

    class Meta:
        verbose_name = _("Executive Secretariat")
