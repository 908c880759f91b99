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


def invalidate():
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet, or expired from the cache
        cache.set(VERSION_KEY, 2, timeout=None)
