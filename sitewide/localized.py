"""Translatable objects (snippets, taxonomies, organisations...) in the reader's language.

Pages keep pointing at the source language's snippets until they are translated, and snippets
may not be translated yet either: every listing shows each object in the active language when
it exists, in the default language otherwise. This is the one place that rule is written.
"""

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant


def in_active_language(queryset):
    """`queryset` narrowed to the active language's objects, plus the default language's
    objects not translated yet: still a queryset (to filter, count, page), one query, and no
    Locale look-up since it filters on language codes. A translation `queryset` leaves out
    (a draft, when it holds the live objects only) counts as not translated yet."""
    active = get_supported_content_language_variant(get_language())
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    if active == default:
        return queryset.filter(locale__language_code=active)
    translated = queryset.filter(locale__language_code=active)
    return queryset.filter(
        Q(locale__language_code=active)
        | (
            Q(locale__language_code=default)
            & ~Q(translation_key__in=translated.values("translation_key"))
        )
    )


def by_translation_key(queryset):
    """translation_key -> the object in the active language (see in_active_language)."""
    return {obj.translation_key: obj for obj in in_active_language(queryset)}


def taxonomy(model):
    """by_translation_key of all of `model`'s objects (topics, resource types...), kept with the
    site-wide fragments: a snippet saved drops them."""
    from sitewide import site_fragments

    # With their locale: templates mark an untranslated name with its language.
    return site_fragments.cached(
        f"taxonomy:{model._meta.label}",
        lambda: by_translation_key(model.objects.select_related("locale")),
    )


def localize_all(objects, translations):
    """`objects` swapped for their entries in `translations` (from by_translation_key)."""
    return [translations.get(obj.translation_key, obj) for obj in objects]


def localize_pages(pages):
    """`pages` as localize_all shows them, from their live translations, in one query
    (Page.localized costs one or two queries a page)."""
    from wagtail.models import Page

    keys = {page.translation_key for page in pages}
    if not keys:
        return []
    return localize_all(
        pages, by_translation_key(Page.objects.live().filter(translation_key__in=keys))
    )
