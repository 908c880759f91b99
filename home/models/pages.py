from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from sitewide import site_fragments
from sitewide.blocks import BaseStreamBlock
from sitewide.caching import changes_with_the_date
from sitewide.routing import SinglePassRoutingMixin


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

    # What serving the page reads through its relations (prefetch_related lookups), fetched
    # before the page is kept with its route (sitewide/routing.py): a page built again from
    # there costs no query for them. A type adds its own.
    serving_prefetch = ("hero_image", "social_image")

    class Meta:
        abstract = True

    def prefetch_for_serving(self):
        """Fetch `serving_prefetch` (what is fetched already is not fetched again)."""
        prefetch_related_objects([self], *self.serving_prefetch)

    def get_view_restrictions(self):
        # Wagtail asks before serving every page (two queries); the cached restricted paths
        # answer for the pages outside every private section.
        if site_fragments.is_public(self.path):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_cached_paths(self):
        """The page and its fixed sub-URLs (a routable page's `past/`, `csv/`...), which the
        front cache refreshes when the page changes."""
        paths = super().get_cached_paths()
        for pattern in getattr(self, "get_subpage_urls", list)():
            route = str(pattern.pattern)
            if route and "<" not in route:
                paths.append("/" + route)
        return paths


class HomePage(SinglePassRoutingMixin, BasePage):
    """The root of each language's tree. Its children are the page types that name it among
    their `parent_page_types` (content pages, the events index), so home knows no section."""

    template = "pages/home_page.html"
    page_description = _("The home page of one language: the top of its tree.")
    parent_page_types = ["wagtailcore.Page"]
    # Its children are the section landing pages, the events index and content pages: the
    # types whose `parent_page_types` name it (home knows no section).

    def serve(self, request, *args, **kwargs):
        # Its upcoming events change with the date, not only when something is published.
        return changes_with_the_date(request, super().serve(request, *args, **kwargs))

    class Meta:
        verbose_name = _("home page")


class ContentPage(BasePage):
    """A generic page of text and blocks, anywhere a section's landing page, the home page or
    another content page offers it (their `subpage_types`)."""

    template = "pages/content_page.html"
    page_description = _(
        "A page of text, images and other blocks, for anything no other page type is made for."
    )
    # None: the parents' `subpage_types` decide, so a section offers it without home naming it.
    parent_page_types = None
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")

    @classmethod
    def can_create_at(cls, parent):
        # Beside the home pages, never a tree of its own at the root.
        return super().can_create_at(parent) and not parent.is_root()
