from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock


class BasePage(Page):
    """Fields every editorial page of the site shares: an introduction, a hero image, a block
    body and an image for social networks. Section pages (news, events, resources...) build on it."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown under the title and in listings."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social networks (1200 × 630 pixels)."),
    )

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown wide at the top of the page, in modern formats and sizes for each screen."
        ),
    )
    hero_image_alt = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it; empty if decorative."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")
        ),
        FieldPanel("body"),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("social_image")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True


class HomePage(BasePage):
    """The root of each language's tree. Its children are the page types that name it among
    their `parent_page_types` (content pages, the events index), so home knows no section."""

    template = "pages/home_page.html"
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")


class ContentPage(BasePage):
    """A generic page: About, Get involved, News & resources and their sub-pages. Each
    section's page types say they go under it (`parent_page_types`)."""

    template = "pages/content_page.html"
    parent_page_types = ["home.HomePage", "home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
