from django.db import models
from django.utils.translation import gettext_lazy as _

from sitewide.snippets import register_snippet
from sitewide.taxonomy import TranslatableTaxonomy


@register_snippet
class Topic(TranslatableTaxonomy):
    """A subject shared by news, resources and events."""

    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("Used in filter links, e.g. ?topic=soil-carbon.")
    )

    class Meta(TranslatableTaxonomy.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
