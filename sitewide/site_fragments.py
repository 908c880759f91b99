"""Parts of pages that change only when content changes (the main menu, the footer, the cards
of a listing, the page a URL names), kept in the cache per language under the content version
(sitewide/models.py), which every change to public content rewrites in its own transaction
(operations/signal_handlers.py): all of them are dropped together the moment the change commits.
With Redis (REDIS_URL) every app server shares them; with each process's memory, or with no
cache at all, they are just as fresh, since the version comes from the database."""

from asgiref.local import Local
from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from .models import ContentVersion

VERSION = "content-version"

# Within one request, what was read from the cache is kept in memory: a page reads the version
# and some fragments several times, and each read is a round trip to Redis.
_request = Local()


request_started.connect(lambda **kwargs: setattr(_request, "memo", {}), weak=False)
request_finished.connect(lambda **kwargs: setattr(_request, "memo", None), weak=False)


def _remembered(key, fetch):
    """`fetch()`'s value, kept for the rest of the request (fetched each time outside one)."""
    memo = getattr(_request, "memo", None)
    if memo is None:
        return fetch()
    if key not in memo:
        memo[key] = fetch()
    return memo[key]


def version():
    """The content version this request builds with. Read once, before the request reads any
    content (sitewide/caching.py asks for it first), so what it builds is never newer or older
    than its key says."""
    return _remembered(VERSION, ContentVersion.read)


def version_changed():
    """Whether content changed since this request read its version (a fresh read)."""
    memo = getattr(_request, "memo", None)
    return memo is not None and VERSION in memo and memo[VERSION] != ContentVersion.read()


def cached(name, build, keep=lambda value: True):
    """`build()`'s value for the active language, from the cache while nothing changed (a
    value `keep` refuses is built again next time)."""
    key = f"site-fragment:{version()}:{name}:{get_language()}"

    def read():
        value = cache.get(key)
        if value is None:
            value = build()
            if keep(value):
                cache.set(key, value, timeout=settings.SITE_FRAGMENTS_TIMEOUT)
        return value

    return _remembered(key, read)


def html(name, template, context):
    """`template` rendered with `context()` for the active language, from the cache while
    nothing changed: a piece of a page that costs queries to build (the footer, the latest
    news) but is the same for every visitor."""
    build = lambda: render_to_string(template, context())  # noqa: E731
    return mark_safe(cached(name, build))  # our own template's output


def many(name, items, build, key=lambda item: item.pk):
    """Each item's value, from the cache while nothing changed: one cache read for all, and
    `build(missing)` called once with the items not cached (it returns their values in order)."""
    items = list(items)
    prefix = f"site-fragment:{version()}:{name}:{get_language()}"
    keys = [f"{prefix}:{key(item)}" for item in items]
    found = cache.get_many(keys)
    missing = [(k, item) for k, item in zip(keys, items, strict=True) if k not in found]
    if missing:
        values = build([item for _, item in missing])
        built = dict(zip((k for k, _ in missing), values, strict=True))
        cache.set_many(built, timeout=settings.SITE_FRAGMENTS_TIMEOUT)
        found.update(built)
    return [found[k] for k in keys]


def cards(request, page_obj, template, name, pages_queryset, prepare=None):
    """The pages of a listing's page `page_obj`, each rendered alone with `template` (as
    `item`), from the cache while nothing changed. Which pages it holds is cached too, under
    `name` (the listing and its filters) and the page number, so a warm listing costs no query
    for its items. Only the pages not cached are fetched (from `pages_queryset`), given to
    `prepare(pages)`, and rendered."""
    pks = cached(
        f"listing:{name}:{page_obj.number}",
        lambda: list(page_obj.object_list.values_list("pk", flat=True)),
    )

    def build(missing):
        pages = pages_queryset.in_bulk(missing)
        found = [pages[pk] for pk in missing if pk in pages]
        if prepare:
            prepare(found)
        return [
            render_to_string(template, {"item": pages[pk], "request": request})
            if pk in pages
            else ""  # unpublished since the listing was cached
            for pk in missing
        ]

    return [mark_safe(card) for card in many(template, pks, build, key=str)]  # our templates


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
    """Content changed: a new version, committed (or rolled back) with the change."""
    ContentVersion.bump()
    if getattr(_request, "memo", None) is not None:
        _request.memo = {}
