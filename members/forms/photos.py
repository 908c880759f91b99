"""A member's photo, checked as the site checks every upload: by its content (a real JPEG,
PNG or WebP image Pillow can open), its size and its pixel count, then saved again as a small
JPEG, which drops whatever else the file carried (location data, a hidden page)."""

import io

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

FORMATS = {"JPEG", "PNG", "WEBP"}
SIDE = 600
PHOTO_ERROR = _("Please choose a photo in JPEG, PNG or WebP format.")


def clean_photo(upload):
    limit = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    if upload.size > limit:
        raise forms.ValidationError(
            _("This file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    try:
        upload.seek(0)
        image = Image.open(upload)
        if image.format not in FORMATS:
            raise ValueError(image.format)
        if image.width * image.height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
            raise ValueError("too large")
        image = ImageOps.exif_transpose(image).convert("RGB")
    except Exception:
        raise forms.ValidationError(
            _("Please choose a photo in JPEG, PNG or WebP format.")
        ) from None
    image.thumbnail((SIDE, SIDE))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return SimpleUploadedFile("photo.jpg", out.getvalue(), content_type="image/jpeg")
