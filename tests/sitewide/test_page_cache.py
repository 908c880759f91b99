"""Whole pages kept for anonymous visitors in each app server (sitewide/page_cache.py): never
older than what is published, never what was made for someone else, never a private page."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from home.models import ContentPage
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def queries(client, path):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    return response, len(ctx.captured_queries)


def test_a_page_seen_again_is_answered_from_memory_until_something_is_published(client, home_page):
    page = ContentPageFactory(parent=home_page, slug="about", title="About")
    first, built = queries(client, "/en/about/")

    again, kept = queries(client, "/en/about/")

    assert again.status_code == 200
    assert again.content == first.content
    assert again["Cache-Control"] == first["Cache-Control"]
    # The content version only, read before and after answering: no routing, no page.
    assert kept == 2 < built

    page.title = "About the Initiative"
    page.save_revision().publish()
    assert "<h1>About the Initiative</h1>" in client.get("/en/about/").content.decode()


def test_a_query_string_gets_a_page_built_for_it(client, home_page, monkeypatch):
    ContentPageFactory(parent=home_page, slug="about", title="About")
    served = []
    serve = ContentPage.serve
    monkeypatch.setattr(
        ContentPage,
        "serve",
        lambda page, request, *args, **kwargs: (
            served.append(request.get_full_path()) or serve(page, request, *args, **kwargs)
        ),
    )
    client.get("/en/about/")
    client.get("/en/about/")  # from memory

    assert client.get("/en/about/?utm_source=newsletter").status_code == 200

    assert served == ["/en/about/", "/en/about/?utm_source=newsletter"]


def test_what_an_editor_is_shown_is_never_kept_for_visitors(client, home_page):
    ContentPageFactory(parent=home_page, slug="about", title="About")
    editor = Client()
    editor.force_login(get_user_model().objects.create_superuser("editor", "e@example.org", "x"))

    assert "wagtail-userbar" in editor.get("/en/about/").content.decode()
    assert "wagtail-userbar" in editor.get("/en/about/").content.decode()
    assert "wagtail-userbar" not in client.get("/en/about/").content.decode()


def test_a_page_made_private_leaves_memory_at_once(client, home_page):
    page = ContentPageFactory(parent=home_page, slug="minutes", title="Steering minutes")
    assert client.get("/en/minutes/").status_code == 200
    assert client.get("/en/minutes/").status_code == 200

    PageViewRestriction.objects.create(page=page, restriction_type="login")

    response = client.get("/en/minutes/")
    assert response.status_code == 302
    assert "Steering minutes" not in response.content.decode()
