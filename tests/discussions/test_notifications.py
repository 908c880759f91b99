"""Who is told what: the forum's followers of a new thread, the thread's followers of a reply
(the author follows their thread), each in their own language, never the writer."""

import pytest
from django.core import mail

from discussions.models import ForumFollow
from discussions.threads import follow_thread, reply, start_thread
from notifications.models import Kind, Notification
from tests.members.factories import MemberProfileFactory

pytestmark = pytest.mark.django_db


def test_the_forums_followers_hear_of_a_new_thread_in_their_language(
    forum, member, other, django_capture_on_commit_callbacks
):
    ForumFollow.objects.create(user=other.user, forum=forum)
    ForumFollow.objects.create(user=member.user, forum=forum)
    with django_capture_on_commit_callbacks(execute=True):
        thread = start_thread(forum, member.user, "Biochar et sols sableux", "Bonjour", "fr")
    notification = Notification.objects.get()
    post = thread.posts.get()
    assert (notification.recipient, notification.kind) == (other.user, Kind.NEW_THREAD)
    assert notification.url == f"/es/platform/discussions/post/{post.pk}/"
    [email] = mail.outbox
    assert email.to == [other.user.email]
    assert "Awa Ndiaye" in email.subject and "Biochar et sols sableux" in email.subject
    assert f"/es/platform/discussions/post/{post.pk}/" in email.body


def test_a_reply_tells_the_threads_followers_but_not_the_writer_nor_who_muted(
    thread, member, other, django_capture_on_commit_callbacks
):
    muted = MemberProfileFactory()
    follow_thread(muted.user, thread, following=False)
    with django_capture_on_commit_callbacks(execute=True):
        post = reply(thread, member.user, "Merci pour ces résultats", "fr")
    # The thread's author (other) follows it from the start; the writer now follows it too.
    [notification] = Notification.objects.all()
    assert notification.recipient == other.user and notification.kind == Kind.REPLY
    assert notification.title == "Cover crops in the Sahel"
    assert notification.excerpt == "Merci pour ces résultats"
    assert notification.url == f"/es/platform/discussions/post/{post.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        reply(thread, other.user, "De nada", "es")
    assert Notification.objects.filter(recipient=member.user, kind=Kind.REPLY).count() == 1
    assert not Notification.objects.filter(recipient=muted.user).exists()


def test_the_post_link_opens_the_page_the_reply_is_on(member_client, thread, member):
    for n in range(30):
        last = reply(thread, member.user, f"Reply {n}", "en")
    response = member_client.get(f"/en/platform/discussions/post/{last.pk}/")
    assert response["Location"] == (
        f"/en/platform/discussions/thread/{thread.pk}/?page=2#post-{last.pk}"
    )
    html = member_client.get(response["Location"]).content.decode()
    assert f'id="post-{last.pk}"' in html


def test_the_first_unread_reply_is_linked(member_client, thread, member, other):
    url = f"/en/platform/discussions/thread/{thread.pk}/"
    member_client.get(url)  # everything read
    assert "first unread" not in member_client.get(url).content.decode()
    new = reply(thread, other.user, "Something new", "en")
    html = member_client.get(url).content.decode()
    assert f'href="/en/platform/discussions/post/{new.pk}/">Go to the first unread reply' in html


def test_the_dashboard_shows_new_threads_and_replies_since_the_last_visit(
    member_client, member, forum, thread, other
):
    from django.utils import timezone

    member.previous_visit = timezone.now()
    member.save()
    follow_thread(member.user, thread)
    html = member_client.get("/en/platform/").content.decode()
    assert "Nothing new in the threads and forums you follow." in html
    reply(thread, other.user, "Update", "en")
    ForumFollow.objects.create(user=member.user, forum=forum)
    start_thread(forum, other.user, "Soil carbon maps", "Maps", "en")
    start_thread(forum, other.user, "Unfollowed?", "x", "en")
    html = member_client.get("/en/platform/").content.decode()
    assert "In your discussions since your last visit" in html
    assert "Cover crops in the Sahel" in html and "Soil carbon maps" in html


def test_a_mention_by_name_tells_the_member_once(
    thread, member, other, django_capture_on_commit_callbacks
):
    MemberProfileFactory(user__first_name="Léa", user__last_name="Martin")
    with django_capture_on_commit_callbacks(execute=True):
        reply(
            thread,
            member.user,
            "@Léa Martin and @pablo ruiz, what do you think? @Nobody Here",
            "fr",
        )
    kinds = dict(Notification.objects.values_list("recipient__first_name", "kind"))
    # Pablo follows the thread but is told once, of the mention.
    assert kinds == {"Léa": Kind.MENTION, "Pablo": Kind.MENTION}
    assert len(mail.outbox) == 2
