from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SitewideConfig(AppConfig):
    """What every section shares: blocks, listing helpers, the fragment and routing caches,
    upload checks, limits, exports, SEO tags and the "reader's language" helpers."""

    name = "sitewide"
    verbose_name = _("Site-wide toolkit")

    def ready(self):
        from .image_budget import hold_renditions_to_the_budget

        # Wagtail refuses larger uploads; renditions are not made of larger older images.
        hold_renditions_to_the_budget()

        from . import media_collections

        media_collections.connect()
