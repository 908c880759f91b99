from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import BaseStreamBlock


class BasePage(Page):
    """Fields every editorial page of the site shares: an introduction, a block body and an
    image for social networks. Section pages (news, events, resources...) build on it."""

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

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    promote_panels = Page.promote_panels + [FieldPanel("social_image")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True


class HomePage(BasePage):
    """The root of each language's tree."""

    template = "pages/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("home page")


class ContentPage(BasePage):
    """A generic page: About, Get involved and their sub-pages."""

    template = "pages/content_page.html"
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")


@register_snippet
class FooterText(TranslatableMixin, models.Model):
    """The footer's text, one per language, translated with the pages."""

    body = RichTextField(_("body"), features=["bold", "italic", "link"])

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return str(_("Footer text (%(language)s)") % {"language": self.locale.get_display_name()})

    @classmethod
    def for_active_locale(cls):
        """The active language's footer, or the default language's while it is not translated."""
        active = get_supported_content_language_variant(get_language())
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        footers = {
            footer.locale.language_code: footer
            for footer in cls.objects.filter(
                locale__language_code__in=[active, default]
            ).select_related("locale")
        }
        return footers.get(active) or footers.get(default)


@register_snippet
class Topic(TranslatableMixin, models.Model):
    """A subject shared by news, resources and events; its name is translated, its slug is
    the same in every language so filter links work across translations."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("Used in filter links, e.g. ?topic=soil-carbon.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name
