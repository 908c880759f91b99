import unicodedata

from django.db import models
from django.utils.translation import gettext_lazy as _

from sitewide.localized import taxonomy
from sitewide.snippets import register_snippet
from sitewide.taxonomy import TranslatableTaxonomy


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
        """The categories in the active language (see sitewide.localized), in reading order;
        kept with the site-wide fragments."""
        return sorted(taxonomy(cls).values(), key=lambda c: sort_key(c.name))


def sort_key(text):
    """Alphabetical order for readers: accents must not send "Événement" after "Zone"."""
    return unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().casefold()
