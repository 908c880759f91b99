"""Images are decoded within a memory budget.

Making a rendition decodes the whole original: a worker grew by about 8 MB a megapixel
(measured with the renditions of the page hero, AVIF, WebP and JPEG at three widths, from
10 to 40-megapixel JPEGs and PNGs; README, Production). Wagtail refuses an upload over
WAGTAILIMAGES_MAX_IMAGE_PIXELS; an older image over it, stored before the limit was lowered, is
not decoded either: it shows as Wagtail shows a missing file, instead of the page failing.
"""

from django.conf import settings
from PIL import Image as PILImage
from wagtail.images.models import Filter, SourceImageIOError


def too_many_pixels(image):
    return (image.width or 0) * (image.height or 0) > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS


def hold_renditions_to_the_budget():
    # Pillow refuses (at twice the limit) whatever else would decode a decompression bomb.
    PILImage.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    run = Filter.run
    if getattr(run, "within_budget", False):
        return

    def run_within_budget(self, image, output, source=None):
        # SourceImageIOError is what Wagtail's template tags and views turn into a missing
        # image rather than an error.
        if too_many_pixels(image):
            raise SourceImageIOError(f"{image.width}×{image.height} pixels: over the limit")
        try:
            return run(self, image, output, source=source)
        except PILImage.DecompressionBombError as error:  # its stored size was wrong
            raise SourceImageIOError(str(error)) from error

    run_within_budget.within_budget = True
    Filter.run = run_within_budget
