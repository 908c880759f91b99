import unicodedata

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.snippets.models import register_snippet

from home.models.taxonomy import TranslatableTaxonomy


@register_snippet
class EventCategory(TranslatableTaxonomy):
    """What kind of meeting an event is (governance meeting, Initiative Day...)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("Used in filter links, e.g. ?category=governance.")
    )

    class Meta(TranslatableTaxonomy.Meta):
        verbose_name = _("event category")
        verbose_name_plural = _("event categories")

    @classmethod
    def for_active_locale(cls):
        """The categories in the active language, falling back to the default language's
        for those not translated yet. One query."""
        active = get_supported_content_language_variant(get_language())
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        categories = cls.objects.filter(locale__language_code__in=[active, default])
        by_key = {}
        for category in categories.select_related("locale"):
            if category.locale.language_code == active or category.translation_key not in by_key:
                by_key[category.translation_key] = category
        return sorted(by_key.values(), key=lambda c: sort_key(c.name))


def sort_key(text):
    """Alphabetical order for readers: accents must not send "Événement" after "Zone"."""
    return unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().casefold()
