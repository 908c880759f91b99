"""Description, Open Graph and Twitter card tags for every page, with fallbacks so a page
shared on social networks always has a title, a description and an image."""

from django import template
from django.templatetags.static import static
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.images.models import SourceImageIOError

from sitewide import site_fragments
from sitewide.templatetags.navigation_tags import page_route, page_translations

register = template.Library()

# Open Graph wants language_TERRITORY; these are the variants the site is written in.
OG_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES"}
SOCIAL_IMAGE_SPEC = "fill-1200x630"
DEFAULT_IMAGE = ("img/social-default.png", 1200, 630)


def page_description(page):
    """The search description, else the introduction, else the Initiative's tagline."""
    description = getattr(page, "search_description", "") or getattr(page, "intro", "")
    if description:
        return Truncator(" ".join(description.split())).chars(200)
    return gettext("Soils for food security and climate")


def _shared(image):
    """(URL, width, height, title) of the image's social rendition, or None when the file is
    missing or too large to decode."""
    try:
        rendition = image.get_rendition(SOCIAL_IMAGE_SPEC)
    except SourceImageIOError:
        return None
    return rendition.url, rendition.width, rendition.height, image.title


# The page's own images, in the order a share prefers them, with the field of their text
# alternative (the social image's is its title).
OWN_IMAGES = (
    ("social_image", None),
    ("hero_image", "hero_image_alt"),
    ("listing_image", "listing_image_alt"),
)


def social_image(page, request):
    """The page's social image, else its hero or listing image (cropped around the focal point
    to 1200 × 630), else the site's default. Kept with the site-wide fragments by image: a page
    built again reads neither the image nor its renditions."""
    for field, alt_field in OWN_IMAGES:
        image_id = getattr(page, f"{field}_id", None)
        if not image_id:
            continue
        shared = site_fragments.cached(
            f"social-image:{image_id}", lambda field=field: _shared(getattr(page, field))
        )
        if shared is None:
            continue
        url, width, height, title = shared
        return {
            "url": request.build_absolute_uri(url),
            "width": width,
            "height": height,
            "alt": (getattr(page, alt_field, "") if alt_field else "") or title,
        }
    path, width, height = DEFAULT_IMAGE
    return {
        "url": request.build_absolute_uri(static(path)),
        "width": width,
        "height": height,
        "alt": gettext("4 per 1000 Initiative"),
    }


@register.inclusion_tag("components/seo_meta.html", takes_context=True)
def seo_meta(context):
    request = context["request"]
    page = context.get("page")
    language = get_supported_content_language_variant(get_language())
    meta = {
        "description": page_description(page),
        "image": social_image(page, request),
        "og_locale": OG_LOCALES.get(language, language),
        "og_locale_alternates": [],
        "title": None,
        "url": None,
    }
    if page is not None and getattr(page, "pk", None):
        # An untranslated copy points at its source, as the canonical link does.
        canonical = context.get("source") or page
        # A routable view (the past events) has a title and URL of its own.
        meta["title"] = context.get("view_title") or page.seo_title or page.title
        meta["url"] = request.build_absolute_uri(
            canonical.get_url(request) + page_route(page, request)
        )
        meta["og_locale_alternates"] = [
            OG_LOCALES.get(entry["code"], entry["code"])
            for entry in page_translations(page, request)
            if entry["translated"] and entry["code"] != language
        ]
    return meta
