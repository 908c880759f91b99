"""The discussions are for members: anonymous visitors are sent to sign in from every URL, and
no shared cache, search engine, sitemap or public search keeps them."""

import pytest

from tests.helpers import sitemap_paths

pytestmark = pytest.mark.django_db

PATHS = [
    "",
    "{forum}/",
    "{forum}/new/",
    "{forum}/follow/",
    "thread/{thread}/",
    "thread/{thread}/reply/",
    "thread/{thread}/follow/",
    "post/{post}/",
    "post/{post}/edit/",
    "post/{post}/report/",
    "file/{attachment}/",
]


def fill(path, thread):
    post = thread.posts.get()
    return path.format(forum=thread.forum_id, thread=thread.pk, post=post.pk, attachment=1)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize("path", PATHS)
def test_anonymous_visitors_are_sent_to_sign_in(client, thread, language, path):
    url = f"/{language}/platform/discussions/{fill(path, thread)}"
    for response in (client.get(url), client.post(url, {"body": "x", "follow": "follow"})):
        assert response.status_code == 302
        assert response["Location"].startswith(f"/{language}/account/login/?next=")
        assert "private" in response["Cache-Control"]
        assert "Cover crops" not in response.content.decode()


@pytest.mark.parametrize(
    "path", ["", "{forum}/", "{forum}/new/", "thread/{thread}/", "post/{post}/report/"]
)
def test_pages_are_private_and_not_indexed(member_client, thread, path):
    response = member_client.get(f"/en/platform/discussions/{fill(path, thread)}")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"].startswith("noindex")


def test_discussions_are_neither_in_the_sitemap_nor_in_the_public_search(client, thread):
    assert not [path for path in sitemap_paths(client) if "discussions" in path]
    html = client.get("/en/search/?q=Sahel").content.decode()
    assert "Cover crops" not in html


def test_junk_in_urls_gives_no_error(member_client, thread):
    base = f"/en/platform/discussions/thread/{thread.pk}/"
    for url in (
        f"{base}?page=abc",
        f"{base}?page=99999",
        f"{base}reply/?quote=abc",
        f"{base}reply/?quote=99999",
        f"/en/platform/discussions/{thread.forum_id}/?page=-4",
    ):
        assert member_client.get(url).status_code == 200, url
    assert member_client.get("/en/platform/discussions/thread/99999/").status_code == 404
    assert member_client.get("/en/platform/discussions/99999/").status_code == 404


def test_the_platform_menu_leads_to_the_discussions(member_client):
    html = member_client.get("/fr/platform/").content.decode()
    assert 'href="/fr/platform/discussions/"' in html
