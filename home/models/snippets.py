from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin

from sitewide.localized import in_active_language
from sitewide.snippets import register_snippet


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
        return in_active_language(cls.objects.select_related("locale")).first()
