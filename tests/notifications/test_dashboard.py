"""What's new on the dashboard: the member's unread notifications in the page's language;
opening one marks it read and goes where it says (on this site only); mark all as read; the
notifications page lists them all. Members only, never in a shared cache."""

import pytest
from django.utils import timezone

from notifications.models import Kind, Notification
from tests.helpers import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def unread(awa, pablo, tell):
    tell([awa], Kind.REPLY, actor=pablo.user, title="Biochar", url="/fr/platform/d/1/")
    tell([awa], Kind.PROJECT_REQUEST, actor=pablo.user, title="Sahel", url="/fr/platform/p/2/")
    return list(Notification.objects.filter(recipient=awa.user))


def test_the_dashboard_shows_unread_notifications_in_the_page_language(awa_client, unread):
    html = awa_client.get("/fr/platform/").content.decode()
    assert "Quoi de neuf" in html
    assert "Pablo Ruiz a répondu dans «\u00a0Biochar\u00a0»" in html
    assert "Pablo Ruiz demande à rejoindre votre projet «\u00a0Sahel\u00a0»" in html
    for notification in unread:
        assert f'href="/fr/platform/notifications/{notification.pk}/"' in html
    assert "il y a" in html and "Tout marquer comme lu" in html
    english = awa_client.get("/en/platform/").content.decode()
    assert "Pablo Ruiz replied in “Biochar”" in english


def test_opening_one_marks_it_read_and_goes_to_its_page(awa_client, unread):
    reply = next(n for n in unread if n.kind == Kind.REPLY)
    response = awa_client.get(f"/en/platform/notifications/{reply.pk}/")
    assert response.status_code == 302 and response["Location"] == "/fr/platform/d/1/"
    assert "private" in response["Cache-Control"]
    reply.refresh_from_db()
    assert reply.read_at is not None
    html = awa_client.get("/en/platform/").content.decode()
    assert "replied in “Biochar”" not in html
    assert "asks to join your project “Sahel”" in html


def test_another_members_notification_is_not_found(client, pablo, unread):
    client.force_login(pablo.user)
    assert client.get(f"/en/platform/notifications/{unread[0].pk}/").status_code == 404
    assert client.get("/en/platform/notifications/999999/").status_code == 404
    assert Notification.objects.filter(read_at__isnull=False).count() == 0


@pytest.mark.parametrize(
    "url", ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"]
)
def test_a_link_leaving_the_site_is_never_followed(awa_client, awa, tell, url):
    (notification,) = tell([awa], Kind.MENTION, url=url)
    response = awa_client.get(f"/en/platform/notifications/{notification.pk}/")
    assert response.status_code == 302
    assert response["Location"] == "/en/platform/notifications/"


def test_mark_all_as_read_from_the_dashboard(awa_client, unread):
    response = awa_client.post(
        "/es/platform/notifications/read/", {"next": "/es/platform/"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/es/platform/"
    html = response.content.decode()
    assert "Todas sus notificaciones están marcadas como leídas." in html
    assert "Nada nuevo para usted." in html
    assert not Notification.objects.filter(read_at__isnull=True).exists()


def test_mark_all_as_read_never_redirects_elsewhere(awa_client, unread):
    response = awa_client.post(
        "/en/platform/notifications/read/", {"next": "https://evil.example/"}
    )
    assert response["Location"] == "/en/platform/notifications/"
    assert awa_client.get("/en/platform/notifications/read/").status_code == 405


def test_the_notifications_page_lists_all_read_or_not_paginated(awa_client, awa, pablo, tell):
    for n in range(30):
        tell([awa], Kind.REPLY, actor=pablo.user, title=f"Thread {n:02}")
    Notification.objects.filter(title="Thread 29").update(read_at=timezone.now())
    first = awa_client.get("/en/platform/notifications/").content.decode()
    assert "Thread 29" in first and "Thread 05" in first and "Thread 04" not in first
    assert first.count("Unread:") == 24
    assert "Page 1 of 2" in first
    second = awa_client.get("/en/platform/notifications/?page=2").content.decode()
    assert "Thread 04" in second and "Thread 00" in second
    for junk in ("?page=abc", "?page=-3", "?page=99999", "?page=%00"):
        assert awa_client.get(f"/en/platform/notifications/{junk}").status_code == 200


PATHS = ["notifications/", "notifications/settings/", "notifications/1/"]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize("path", PATHS)
def test_anonymous_visitors_are_sent_to_sign_in(client, awa, language, path):
    response = client.get(f"/{language}/platform/{path}")
    assert response.status_code == 302
    assert response["Location"].startswith(f"/{language}/account/login/?next=")
    assert "private" in response["Cache-Control"]


def test_anonymous_mark_all_read_is_sent_to_sign_in(client, unread):
    response = client.post("/en/platform/notifications/read/")
    assert response["Location"].startswith("/en/account/login/")
    assert not Notification.objects.filter(read_at__isnull=False).exists()


@pytest.mark.parametrize("path", ["notifications/", "notifications/settings/", ""])
def test_the_pages_are_private_and_not_indexed(awa_client, unread, path):
    response = awa_client.get(f"/en/platform/{path}")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"].startswith("noindex")


def test_the_dashboard_and_the_list_cost_the_same_queries_for_3_or_60_notifications(
    awa_client, awa, pablo
):
    def add(count):
        Notification.objects.bulk_create(
            Notification(recipient=awa.user, kind=Kind.REPLY, actor=pablo.user, url="/en/")
            for _ in range(count)
        )

    urls = ["/en/platform/", "/en/platform/notifications/", "/en/platform/notifications/?page=2"]
    add(3)
    few = [queries_for(awa_client, url) for url in urls]
    add(57)
    assert [queries_for(awa_client, url) for url in urls] == few
