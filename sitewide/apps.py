from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class SitewideConfig(AppConfig):
    """What every section shares: blocks, listing helpers, the fragment and routing caches,
    upload checks, limits, exports, SEO tags and the "reader's language" helpers."""

    name = "sitewide"
    verbose_name = _("Site-wide toolkit")

    def ready(self):
        from PIL import Image

        # Wagtail refuses larger uploads; Pillow refuses (at twice this) whatever else would
        # decode a decompression bomb, e.g. when making a rendition of an older image.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS

        from . import media_collections

        media_collections.connect()
