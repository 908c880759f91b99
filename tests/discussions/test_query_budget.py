"""A thread with 1,000 replies and a forum with 5,000 threads cost the same few queries as
small ones, on their first and last pages."""

import pytest

from discussions.models import Attachment, Post, Thread
from discussions.threads import start_thread
from tests.helpers import QUERY_BUDGET, queries_for
from tests.members.factories import MemberProfileFactory

pytestmark = pytest.mark.django_db


def add_replies(thread, authors, count, start=0):
    posts = Post.objects.bulk_create(
        Post(
            thread=thread,
            author=authors[n % len(authors)],
            body=f"Reply {n}",
            html=f"<p>Reply {n}</p>",
            language="fr",
        )
        for n in range(start, start + count)
    )
    # Some quote an earlier post and carry a file, as real threads do.
    first = thread.posts.order_by("pk").first()
    Post.objects.filter(pk__in=[post.pk for post in posts[::5]]).update(quote=first)
    Attachment.objects.bulk_create(
        Attachment(post=post, file=f"discussions/x/{post.pk}.pdf", name="data.pdf", size=10)
        for post in posts[::7]
    )
    Thread.objects.filter(pk=thread.pk).update(reply_count=thread.posts.count() - 1)


def add_threads(forum, author, count):
    Thread.objects.bulk_create(
        Thread(forum=forum, author=author, title=f"Thread {n}", language="en", reply_count=n)
        for n in range(count)
    )


def test_a_thread_page_stays_within_the_budget_from_10_to_1000_replies(
    member_client, member, forum
):
    authors = [MemberProfileFactory().user for _ in range(5)]
    thread = start_thread(forum, authors[0], "Long thread", "Start", "fr")
    urls = [
        f"/en/platform/discussions/thread/{thread.pk}/",
        f"/en/platform/discussions/thread/{thread.pk}/?page=9999",
    ]
    add_replies(thread, authors, 10)
    few = [queries_for(member_client, url) for url in urls]
    add_replies(thread, authors, 990, start=10)
    many = [queries_for(member_client, url) for url in urls]
    last_page = member_client.get(urls[1]).content.decode()
    assert "Page 41 of 41" in last_page and "Reply 999" in last_page
    assert many == few
    assert max(many) <= QUERY_BUDGET


def test_a_forum_page_stays_within_the_budget_from_10_to_5000_threads(member_client, member, forum):
    author = MemberProfileFactory().user
    urls = [
        f"/en/platform/discussions/{forum.pk}/",
        f"/en/platform/discussions/{forum.pk}/?page=9999",
    ]
    add_threads(forum, author, 10)
    few = [queries_for(member_client, url) for url in urls]
    add_threads(forum, author, 4990)
    many = [queries_for(member_client, url) for url in urls]
    assert "Page 167 of 167" in member_client.get(urls[1]).content.decode()
    assert many == few
    assert max(many) <= QUERY_BUDGET
    assert queries_for(member_client, "/en/platform/discussions/") <= QUERY_BUDGET


def test_a_posts_forms_and_the_forums_cost_the_same_from_10_to_1000_replies(
    member_client, member, forum
):
    """Editing or reporting a post, starting a thread and the list of forums, in a thread
    that grows from 10 to 1,000 replies and a forum from 10 to 1,000 threads."""
    authors = [member.user, MemberProfileFactory().user]
    thread = start_thread(forum, member.user, "Long thread", "Start", "fr")
    add_replies(thread, authors, 10)
    post = thread.posts.filter(author=member.user).last()
    urls = [
        f"/en/platform/discussions/post/{post.pk}/edit/",
        f"/fr/platform/discussions/post/{post.pk}/report/",
        f"/en/platform/discussions/{forum.pk}/new/",
        "/es/platform/discussions/",
    ]
    add_threads(forum, authors[1], 10)
    few = [queries_for(member_client, url) for url in urls]
    add_replies(thread, authors, 990, start=10)
    add_threads(forum, authors[1], 990)
    many = [queries_for(member_client, url) for url in urls]
    assert many == few
    assert max(many) <= QUERY_BUDGET
