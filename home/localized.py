"""Translatable snippets (topics, resource types...) in the reader's language.

Pages keep pointing at the source language's snippets until they are translated, and snippets
may not be translated yet either: listings show each one in the active language when it
exists, in the default language otherwise, without a query per item.
"""

from wagtail.models import Locale


def in_active_language(queryset, active=None):
    """translation_key -> the active language's object, or the default language's.

    `active` saves a query when the caller already has the active locale."""
    active, default = active or Locale.get_active(), Locale.get_default()
    chosen = {}
    for obj in queryset.filter(locale_id__in={active.pk, default.pk}):
        if obj.translation_key not in chosen or obj.locale_id == active.pk:
            chosen[obj.translation_key] = obj
    return chosen


def localize_all(objects, translations):
    """`objects` swapped for their entries in `translations` (from in_active_language)."""
    return [translations.get(obj.translation_key, obj) for obj in objects]
