"""The broken-link check: every link of every live page, in every language, followed the way a
reader would, and the result kept for the admin's report (LinkCheck)."""

import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.test import Client
from django.utils import timezone
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site

from .models import LinkCheck

TIMEOUT = 5  # seconds: a server slower than this fails its readers too
AT_ONCE = 4  # external sites checked at the same time
USER_AGENT = "4p1000-link-check (+https://4p1000.org/)"


class LinkParser(HTMLParser):
    """Links in rich text as stored: <a linktype="page" id="3">, <a linktype="document"
    id="7"> or <a href="...">."""

    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag != "a":
            return
        if attrs.get("linktype") in ("page", "document") and attrs.get("id"):
            self.links.append((attrs["linktype"], attrs["id"]))
        elif attrs.get("href"):
            self.links.append(("url", attrs["href"]))


def rich_text_links(html):
    parser = LinkParser()
    parser.feed(html or "")
    return parser.links


def block_links(block, raw):
    """Links in a block's stored (JSON) value. Stored ids are read, not the loaded objects, so
    a link to a page or document deleted since is found and not silently dropped."""
    if raw in (None, ""):
        return
    if isinstance(block, blocks.RichTextBlock):
        yield from rich_text_links(raw)
    elif isinstance(block, blocks.PageChooserBlock):
        yield ("page", raw)
    elif isinstance(block, DocumentChooserBlock):
        yield ("document", raw)
    elif isinstance(block, blocks.URLBlock):
        yield ("url", raw)
    elif isinstance(block, blocks.StreamBlock):
        for child in raw:
            if child.get("type") in block.child_blocks:
                yield from block_links(block.child_blocks[child["type"]], child.get("value"))
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            value = item.get("value") if isinstance(item, dict) and "type" in item else item
            yield from block_links(block.child_block, value)
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            yield from block_links(child, raw.get(name))


def page_links(page):
    """(kind, target) for every link in the page's rich text and block fields."""
    found = []
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            found += block_links(field.stream_block, getattr(page, field.name).raw_data)
        elif isinstance(field, RichTextField):
            found += rich_text_links(getattr(page, field.name))
    return list(dict.fromkeys(found))


def address(parts):
    """(host, port) of a split URL, the port filled in from the scheme."""
    default = 443 if parts.scheme == "https" else 80
    return (parts.hostname, parts.port or default)


def site_addresses():
    """Where this site answers: its Sites (port 80 stands for HTTP and HTTPS alike, as Wagtail
    means it) and the admin's base URL."""
    found = set()
    for site in Site.objects.all():
        ports = {80, 443} if site.port in (80, 443) else {site.port}
        found |= {(site.hostname, port) for port in ports}
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    if base:
        found.add(address(urlsplit(base)))
    return found


def fetch_status(url):
    """The HTTP status an external URL answers with (HEAD, or GET where HEAD is refused)."""
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310
                return response.status, ""
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 405, 501):
                continue
            return error.code, ""
        except TimeoutError:
            return None, LinkCheck.TIMEOUT
        except (urllib.error.URLError, OSError, ValueError):
            return None, LinkCheck.UNREACHABLE
    return None, LinkCheck.UNREACHABLE


class Checker:
    """Checks links once per run, whatever number of pages share them."""

    def __init__(self):
        self.addresses = site_addresses()
        self.client = Client()
        self.internal = {}

    def page(self, page_id):
        target = Page.objects.filter(pk=page_id).first()
        if target is None:
            return "", None, LinkCheck.PAGE_DELETED
        url = target.get_url() or ""
        return url, None, ("" if target.live else LinkCheck.PAGE_UNPUBLISHED)

    def document(self, document_id):
        document = get_document_model().objects.filter(pk=document_id).first()
        if document is None:
            return "", None, LinkCheck.DOCUMENT_DELETED
        missing = not document.file.storage.exists(document.file.name)
        return document.url, None, (LinkCheck.FILE_MISSING if missing else "")

    def site_path(self, url):
        """A URL of this site, asked of the site itself (in-process: no network, no cache)."""
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        if path not in self.internal:
            host = parts.hostname or next(iter(self.addresses), ("localhost", 80))[0]
            response = self.client.get(path, follow=True, secure=True, headers={"host": host})
            self.internal[path] = response.status_code
        return self.internal[path]

    def is_internal(self, url):
        parts = urlsplit(url)
        if not parts.scheme:
            return url.startswith("/")
        return parts.scheme in ("http", "https") and address(parts) in self.addresses

    def run(self, pages, log=print):
        """Check every link of these pages and replace what is stored about them."""
        links = {page: page_links(page) for page in pages}
        external = {
            target
            for found in links.values()
            for kind, target in found
            if kind == "url" and urlsplit(target).scheme in ("http", "https")
            if not self.is_internal(target)
        }
        with ThreadPoolExecutor(max_workers=AT_ONCE) as pool:
            answers = dict(zip(external, pool.map(fetch_status, external), strict=True))
        now = timezone.now()
        rows = []
        for page, found in links.items():
            for kind, target in found:
                row = self.check(kind, target, answers)
                if row is not None:
                    url, internal, status, problem = row
                    rows.append(
                        LinkCheck(
                            page=page,
                            language=page.locale.language_code,
                            url=url[:2000],
                            internal=internal,
                            status=status,
                            problem=problem,
                            checked_at=now,
                        )
                    )
        with transaction.atomic():
            LinkCheck.objects.filter(page__in=[page.pk for page in links]).delete()
            LinkCheck.objects.bulk_create(rows)
        broken = [row for row in rows if row.problem]
        log(f"{len(rows)} links checked on {len(links)} pages, {len(broken)} broken")
        return rows

    def check(self, kind, target, answers):
        if kind == "page":
            url, status, problem = self.page(target)
            return url or f"#page-{target}", True, status, problem
        if kind == "document":
            url, status, problem = self.document(target)
            return url or f"#document-{target}", True, status, problem
        scheme = urlsplit(target).scheme
        if self.is_internal(target):
            status = self.site_path(target)
            return target, True, status, (LinkCheck.HTTP_ERROR if status >= 400 else "")
        if scheme not in ("http", "https"):
            return None  # mailto:, tel:, anchors: nothing to fetch
        status, problem = answers[target]
        if status is not None and status >= 400:
            problem = LinkCheck.HTTP_ERROR
        return target, False, status, problem


def check_links(log=print):
    """Every live page of every language. Synchronised copies are left out: their links are
    the source page's, reported once, under the source language."""
    pages = (
        Page.objects.live()
        .filter(depth__gt=1, alias_of=None)
        .select_related("locale")
        .specific()
        .order_by("path")
    )
    return Checker().run(list(pages), log=log)
