from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and shared content")

    def ready(self):
        from PIL import Image

        # Wagtail refuses larger uploads; Pillow refuses (at twice this) whatever else would
        # decode a decompression bomb, e.g. when making a rendition of an older image.
        Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
