"""The board's query count does not grow with the number of pages."""

import time
import uuid

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import TranslatableObject, TranslationSource

from editorial.status import Board

pytestmark = pytest.mark.django_db


def bulk_children(parent, titles_and_keys, locale):
    """Plain page rows under `parent`, inserted at once (treebeard's add_child is one at a time)."""
    now = timezone.now()
    page_type = ContentType.objects.get_for_model(Page)
    parent = Page.objects.get(pk=parent.pk)
    pages = [
        Page(
            title=title,
            draft_title=title,
            slug=f"{key.hex[:12]}",
            path=Page._get_path(parent.path, parent.depth + 1, parent.numchild + i + 1),
            depth=parent.depth + 1,
            numchild=0,
            url_path=f"{parent.url_path}{key.hex[:12]}/",
            translation_key=key,
            locale=locale,
            content_type=page_type,
            live=True,
            first_published_at=now,
            last_published_at=now,
        )
        for i, (title, key) in enumerate(titles_and_keys)
    ]
    Page.objects.bulk_create(pages)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))


def add_pages(site, locales, count):
    """`count` English pages; every other one translated into French (and synced)."""
    keys = [(f"Page {uuid.uuid4().hex[:6]}", uuid.uuid4()) for _ in range(count)]
    bulk_children(site["home"], keys, locales["en"])
    translated = keys[::2]
    bulk_children(site["home"].get_translation(locales["fr"]), translated, locales["fr"])
    page_type = ContentType.objects.get_for_model(Page)
    TranslatableObject.objects.bulk_create(
        TranslatableObject(translation_key=key, content_type=page_type)
        for _title, key in translated
    )
    TranslationSource.objects.bulk_create(
        TranslationSource(
            object_id=key,
            specific_content_type=page_type,
            locale=locales["en"],
            object_repr=title,
            content_json="{}",
            created_at=timezone.now(),
            last_updated_at=timezone.now(),
        )
        for title, key in translated
    )


def build_queries():
    with CaptureQueriesContext(connection) as ctx:
        Board()
    return len(ctx.captured_queries)


def board_queries(client, query=""):
    url = reverse("editorial_translations") + query
    client.get(url)  # warm per-process caches (content types, site root paths)
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200
    return len(ctx.captured_queries), elapsed


def test_board_queries_do_not_grow_with_pages(client, site, users, locales):
    client.force_login(users["moderator"])
    add_pages(site, locales, 50)
    few, _ = board_queries(client)
    built_few = build_queries()
    few_filtered, _ = board_queries(client, "?language=fr&state=missing&page=2")

    add_pages(site, locales, 950)
    assert Page.objects.filter(locale=locales["en"]).count() > 1000
    many, elapsed = board_queries(client)
    built_many = build_queries()
    many_filtered, _ = board_queries(client, "?language=fr&state=missing&page=2")

    print(f"board page: {few} queries with 50 pages, {many} with 1,000 ({elapsed:.2f} s)")
    print(f"board states alone: {built_few} queries with 50 pages, {built_many} with 1,000")
    assert many == few
    assert built_many == built_few
    assert many_filtered == few_filtered
    # A few queries per translatable model (pages, then each snippet type), none per object,
    # and the admin's own chrome (menus shown by role). Timings are printed, not asserted.
    assert many <= 45
