"""Parts of every page that change only when content is published (the main menu, the footer),
kept in the cache per language and dropped together whenever a page, a snippet or a setting
changes (operations/signal_handlers.py). With Redis (REDIS_URL) every app server shares them; with
the local-memory cache each process keeps its own, so they also expire after a few minutes."""

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

VERSION_KEY = "site-fragments-version"


def _version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def cached(name, build):
    """`build()`'s value for the active language, from the cache while nothing changed."""
    key = f"site-fragment:{_version()}:{name}:{get_language()}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout=settings.SITE_FRAGMENTS_TIMEOUT)
    return value


def restricted_paths():
    """Paths of the pages behind a view restriction (the members' area) and of their aliases,
    which Wagtail holds to their source's restriction: whatever lies below them is private.
    Saving or removing a restriction drops it (operations/signal_handlers.py); Wagtail gives
    a new alias of a private page a restriction of its own."""
    return cached("restricted-paths", _restricted_paths)


def _restricted_paths():
    from django.db.models import Q
    from wagtail.models import Page, PageViewRestriction

    restricted = PageViewRestriction.objects.values("page_id")
    pages = Page.objects.filter(Q(pk__in=restricted) | Q(alias_of__in=restricted))
    return sorted(pages.values_list("path", flat=True))


def is_public(path):
    return not any(path.startswith(restricted) for restricted in restricted_paths())


def public(pages):
    """`pages.public()` without its query, from the cached restricted paths."""
    for path in restricted_paths():
        pages = pages.exclude(path__startswith=path)
    return pages


def invalidate():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet, or expired from the cache
        cache.set(VERSION_KEY, 2, timeout=None)
