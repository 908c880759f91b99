from django.utils.translation import gettext_lazy as _

from sitewide.snippets import register_snippet
from sitewide.taxonomy import TranslatableTaxonomy


@register_snippet
class ResourceType(TranslatableTaxonomy):
    """Official document, newsletter, guide... The slug makes `?type=` links."""

    class Meta(TranslatableTaxonomy.Meta):
        verbose_name = _("resource type")
        verbose_name_plural = _("resource types")
