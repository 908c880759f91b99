"""Emptying the front cache (the stack's Varnish, or a CDN) when content changes, through
wagtail.contrib.frontend_cache, so the same code purges whichever is configured.

The purge is sent once the transaction commits, so the cache cannot fetch the old version
again, and a second time half a second later: an answer built from the old rows that was
already on its way when the first purge arrived is dropped too. (An answer whose request
straddled the commit is never stored: sitewide/caching.py marks it private.)
"""

import logging
import threading
from urllib.error import URLError
from urllib.request import Request, urlopen

from django.db import transaction
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page

logger = logging.getLogger("wagtail.frontendcache")

SECOND_PURGE_DELAY = 0.5  # seconds after the first


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP purger, for site/deploy's Varnish rules: BAN drops everything."""

    def purge_everything(self):
        request = Request(f"{self.cache_scheme}://{self.cache_netloc}/", method="BAN")
        try:
            urlopen(request, timeout=10)  # noqa: S310 - the configured cache's own address
        except (URLError, OSError) as error:
            logger.error("Couldn't empty the HTTP cache: %s", error)


def _purge(backends):
    rest = {}
    for name, backend in backends.items():
        if hasattr(backend, "purge_everything"):
            backend.purge_everything()
        else:
            rest[name] = backend
    if rest:  # a CDN without "purge everything": every live page of every language
        batch = PurgeBatch()
        batch.add_pages(Page.objects.live().filter(depth__gt=1).specific(defer=True))
        batch.purge(backends=list(rest))


def later(function, *args):
    """`function(*args)` SECOND_PURGE_DELAY seconds from now, on a thread of its own (not a
    daemon: a command that publishes and exits still sends it)."""
    threading.Timer(SECOND_PURGE_DELAY, function, args=args).start()


def _purge_twice():
    backends = get_backends()
    _purge(backends)
    # Only where emptying is one request: a CDN's page-by-page fallback is not worth twice.
    later(_purge, {name: b for name, b in backends.items() if hasattr(b, "purge_everything")})


def purge_everything():
    """Empty the front cache once the current transaction commits (at once outside one)."""
    if get_backends():
        transaction.on_commit(_purge_twice)
