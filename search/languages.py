"""Objects grouped by their own language, for the backends that index each in it."""

from collections import defaultdict

from wagtail.models import Locale


def group_by_language(objs):
    """The objects grouped by the language of their locale (None for objects without one)."""
    languages = dict(Locale.objects.values_list("pk", "language_code"))
    groups = defaultdict(list)
    for obj in objs:
        groups[languages.get(getattr(obj, "locale_id", None))].append(obj)
    return groups.items()
