"""The Secretariat moderates from the admin: reported posts first, hide and restore with a
reason, lock, pin, move, suspend; each act is logged and the author told of a hidden post."""

import pytest
from django.core import mail

from discussions.models import Action, Forum, ModerationAction, Report
from discussions.threads import reply
from notifications.models import Kind, Notification
from tests.editorial.factories import UserFactory as EditorialUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def reported(thread, member, other):
    post = reply(thread, other.user, "Buy cheap fertiliser at spam.example", "en")
    Report.objects.create(post=post, reporter=member.user, reason="Advertising")
    return post


def test_reported_posts_come_first_and_a_hidden_post_is_replaced_for_members(
    admin_client, reported, member_client, django_capture_on_commit_callbacks
):
    html = admin_client.get("/admin/discussions/reports/").content.decode()
    assert "Buy cheap fertiliser" in html and "Advertising" in html
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/discussions/posts/{reported.pk}/hide/", {"reason": "Spam"}
        )
    assert response.status_code == 302
    reported.refresh_from_db()
    assert reported.hidden and reported.hidden_reason == "Spam"
    assert not Report.objects.filter(resolved_at__isnull=True).exists()
    action = ModerationAction.objects.get()
    assert (action.action, action.moderator.username, action.reason) == (
        Action.HIDE,
        "moderator",
        "Spam",
    )
    # The author is told, with a link in their language (Spanish) to where the post was.
    notification = Notification.objects.get(kind=Kind.POST_HIDDEN)
    assert notification.recipient == reported.author
    assert notification.url == f"/es/platform/discussions/post/{reported.pk}/"
    [email] = mail.outbox
    assert email.to == [reported.author.email]
    assert "Cover crops in the Sahel" in email.subject
    page = member_client.get(f"/en/platform/discussions/thread/{reported.thread_id}/")
    html = page.content.decode()
    assert "This post was hidden by the Secretariat." in html
    assert "Buy cheap fertiliser" not in html
    assert "Advertising" not in html
    log = admin_client.get("/admin/discussions/log/").content.decode()
    assert "Hid a post" in log and "Spam" in log
    admin_client.post(f"/admin/discussions/posts/{reported.pk}/restore/", {"reason": "Appeal"})
    reported.refresh_from_db()
    assert not reported.hidden
    assert (
        "Buy cheap fertiliser"
        in member_client.get(
            f"/en/platform/discussions/thread/{reported.thread_id}/"
        ).content.decode()
    )


def test_lock_pin_and_move_a_thread(admin_client, thread, member_client):
    general = Forum.objects.create(name_en="General", name_fr="Général", name_es="General")
    url = f"/admin/discussions/threads/{thread.pk}/"
    assert admin_client.get(url).status_code == 200
    admin_client.post(url, {"action": "lock", "reason": "Closed topic"})
    admin_client.post(url, {"action": "pin"})
    admin_client.post(url, {"action": "move", "forum": general.pk})
    assert admin_client.post(url, {"action": "move", "forum": "junk"}).status_code == 302
    thread.refresh_from_db()
    assert thread.locked and thread.pinned and thread.forum == general
    assert list(ModerationAction.objects.order_by("pk").values_list("action", flat=True)) == [
        "lock",
        "pin",
        "move",
    ]
    html = member_client.get(f"/en/platform/discussions/thread/{thread.pk}/").content.decode()
    assert "This thread is locked" in html and "Send the reply" not in html


def test_suspending_the_author_keeps_their_posts_as_former_member(
    admin_client, reported, member_client
):
    admin_client.post(f"/admin/discussions/posts/{reported.pk}/suspend/", {"reason": "Spam"})
    reported.author.refresh_from_db()
    assert not reported.author.is_active
    assert ModerationAction.objects.get().action == Action.SUSPEND
    html = member_client.get(
        f"/en/platform/discussions/thread/{reported.thread_id}/"
    ).content.decode()
    assert "Former member" in html and "Pablo Ruiz" not in html


def test_a_deleted_members_posts_stay_readable(thread, other, member_client):
    other.user.delete()
    html = member_client.get(f"/fr/platform/discussions/thread/{thread.pk}/").content.decode()
    assert "Ancien membre" in html and "Thiès" in html


def test_members_and_editors_cannot_moderate(member_client, reported, client, roles):
    for url in ("/admin/discussions/reports/", "/admin/discussions/log/"):
        assert member_client.get(url).status_code in (302, 403)
    response = member_client.post(f"/admin/discussions/posts/{reported.pk}/hide/")
    assert response.status_code in (302, 403)
    reported.refresh_from_db()
    assert not reported.hidden
    editor = EditorialUserFactory(username="editor", groups=["Editors"])
    client.force_login(editor)
    # Wagtail sends a user without the permission back to the admin's home.
    assert client.get("/admin/discussions/reports/")["Location"] == "/admin/"
    client.post(f"/admin/discussions/posts/{reported.pk}/hide/")
    reported.refresh_from_db()
    assert not reported.hidden


def test_forums_are_managed_as_snippets_by_the_moderators(admin_client):
    response = admin_client.get("/admin/snippets/discussions/forum/add/")
    assert response.status_code == 200
    assert "Name (French)" in response.content.decode()


def test_the_most_reported_posts_come_first_and_dismissed_ones_leave(
    admin_client, reported, thread, member, other
):
    worse = reply(thread, other.user, "Insults here", "en")
    for reason in ("Rude", "Insulting"):
        Report.objects.create(post=worse, reporter=member.user, reason=reason)
    html = admin_client.get("/admin/discussions/reports/").content.decode()
    assert html.index("Insults here") < html.index("Buy cheap fertiliser")
    admin_client.post(f"/admin/discussions/posts/{worse.pk}/dismiss/", {"reason": "Fair"})
    html = admin_client.get("/admin/discussions/reports/").content.decode()
    assert "Insults here" not in html and "Buy cheap fertiliser" in html
    assert ModerationAction.objects.get().action == Action.DISMISS
