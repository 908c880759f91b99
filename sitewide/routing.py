"""Finding the page a URL names in two queries, whatever its depth.

Wagtail's `Page.route` asks each level for the child with the next slug, then for that child's
specific page: two queries a level, six for a news article. The home page (where each language's
routing starts) fetches every candidate along the path at once, by slug, and walks the chain in
Python with the same rules. A page that routes itself (a routable page such as the events'
`past/`) is handed the rest of the path, as Wagtail's own walk would, unless it hands it on to
its children (an event below the events index). The page found is kept with the site-wide
fragments, which any publication drops, with the images and records its view reads
(`BasePage.serving_prefetch`): a warm URL costs no query to route. Paths that lead nowhere, or
into a routable page's own views, are not kept (anyone can ask for any number of them).

Before the walk, Wagtail finds the request's site and its root page in the active language:
three queries for every page built. `routed` keeps both with the fragments too (a change of
site or locale is a change of content)."""

import functools

from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from sitewide import site_fragments


def _routes_itself(page):
    return page.specific_class is not None and page.specific_class.route is not Page.route


class SinglePassRoutingMixin:
    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        key = f"route:{self.pk}:{'/'.join(path_components)}"
        page, consumed = site_fragments.cached(
            key,
            lambda: self._find(path_components),
            # Only paths that name a page: a routable page answers any path below it.
            keep=lambda found: found[1] == len(path_components),
        )
        return page.route(request, path_components[consumed:])

    def _find(self, path_components):
        """(the specific page, how many components it takes); Http404 (nothing kept) when the
        path leads nowhere."""
        candidates = Page.objects.filter(
            path__startswith=self.path,
            depth__gt=self.depth,
            depth__lte=self.depth + len(path_components),
            slug__in=path_components,
        )
        by_place = {
            (page.depth, page.slug, page.path[: -Page.steplen]): page for page in candidates
        }
        page = self
        for consumed, slug in enumerate(path_components):
            child = by_place.get((page.depth + 1, slug, page.path))
            if child is None:
                raise Http404
            child._cached_parent_obj = page  # as Wagtail does: get_parent() needs no query
            page = child
            if _routes_itself(page):
                page = page.specific
                if not _hands_on(page, path_components[consumed + 1 :]):
                    return _for_serving(page), consumed + 1
        return _for_serving(page.specific), len(path_components)


def _hands_on(page, rest):
    """Whether a page that routes itself hands the rest of the path to its children: a
    routable page does when it is not live or none of its own routes answers (as
    RoutablePageMixin.route), so an event is found and kept like any page."""
    if not rest or not isinstance(page, RoutablePageMixin):
        return False
    if page.live:
        try:
            page.resolve_subpage("/" + "/".join(rest) + "/")
        except Http404:
            return True
        return False
    return True


def _for_serving(page):
    """The page with what its serving reads (BasePage.serving_prefetch), kept with it."""
    if callable(getattr(page, "prefetch_for_serving", None)):
        page.prefetch_for_serving()
    return page


def routed(serve):
    """Wagtail's view that serves pages, with the request's site and route found as Wagtail's
    `Page.route_for_request` does, from the fragments: Wagtail then reads both from the
    request."""

    @functools.wraps(serve)
    def view(request, path):
        if not hasattr(request, "_wagtail_route_for_request"):
            request._wagtail_route_for_request = _route(request, path)
        return serve(request, path)

    return view


def _route(request, path):
    if not hasattr(request, "_wagtail_site"):
        host, port = request._get_raw_host(), request.get_port()  # as Wagtail, before any check
        request._wagtail_site = site_fragments.cached(
            f"site:{host}:{port}",
            lambda: Site.find_for_request(request),
            keep=lambda site: site is not None,
        )
    site = request._wagtail_site
    if site is None:
        return None
    root = site_fragments.cached(f"site-root:{site.pk}", lambda: site.root_page.localized.specific)
    try:
        return root.route(request, [component for component in path.split("/") if component])
    except Http404:
        return None
