"""What a change refreshes in the front cache (the stack's Varnish, or a CDN), through
wagtail.contrib.frontend_cache, so the same code purges whichever is configured.

- A page published or unpublished: the page in every language where it is shown (its
  translations and synchronised copies), with its routable sub-URLs; the listings they sit in
  (their parents); each language's home page (latest news, upcoming events); the sitemap; and
  whatever the sections add through the `frontend_cache_urls` hook (news feeds, calendars).
- A change every page shows (a page of the main menu, a moved or deleted page, a snippet such as
  the footer or a topic, a site setting): everything.

Purges run once the transaction commits, so the cache never fetches the old version again.
"""

import logging
from urllib.error import URLError
from urllib.request import Request, urlopen

from django.db import transaction
from wagtail import hooks
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Page, Site

logger = logging.getLogger("wagtail.frontendcache")


class VarnishBackend(HTTPBackend):
    """Wagtail's HTTP purger, for site/deploy's Varnish rules: PURGE drops a URL and its
    query-string variants (filters, pagination); BAN drops everything."""

    def purge_everything(self):
        request = Request(f"{self.cache_scheme}://{self.cache_netloc}/", method="BAN")
        try:
            urlopen(request, timeout=10)  # noqa: S310 - the configured cache's own address
        except (URLError, OSError) as error:
            logger.error("Couldn't empty the HTTP cache: %s", error)


def pages_showing(page):
    """The page as every language shows or showed it (it may just have been unpublished): its
    translations and the synchronised copies (aliases) of any of them."""
    versions = list(Page.objects.filter(translation_key=page.translation_key))
    ids = [version.pk for version in versions]
    return versions + list(Page.objects.filter(alias_of__in=ids).exclude(pk__in=ids))


def language_homes():
    roots = [site.root_page for site in Site.objects.select_related("root_page")]
    return list(
        Page.objects.live().filter(translation_key__in=[root.translation_key for root in roots])
    )


def in_main_menu(page):
    """Pages right under a language's home page are the main menu, shown on every page."""
    return page.show_in_menus and any(page.is_child_of(home) for home in language_homes())


def purge_page(page):
    if not get_backends():
        return
    if in_main_menu(page):
        purge_everything()
        return
    batch = PurgeBatch()
    shown = pages_showing(page)
    parents = Page.objects.live().filter(pk__in=[p.get_parent().pk for p in shown if p.depth > 2])
    batch.add_pages([*shown, *parents, *language_homes()])
    for site in Site.objects.all():
        batch.add_url(site.root_url + "/sitemap.xml")
    for urls in hooks.get_hooks("frontend_cache_urls"):
        batch.add_urls(urls(page, shown))
    transaction.on_commit(batch.purge)


def purge_everything():
    backends = get_backends()
    if not backends:
        return

    def purge():
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

    transaction.on_commit(purge)
