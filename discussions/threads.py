"""What happens when members write: a thread started, a reply, an edit, who follows what, and
who is told. Other apps start threads with start_thread() (a project's own discussion)."""

import re
from datetime import timedelta
from functools import reduce
from operator import or_

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator

from members.views.base import listed_members
from notifications.delivery import notify
from notifications.models import Kind
from sitewide.limits import within_rate_limit

from .formatting import render
from .models import Attachment, ForumFollow, Post, Thread, ThreadFollow

# A member may correct their post for this long after writing it.
EDIT_WINDOW = timedelta(minutes=30)
POSTS_PER_PAGE = 25


def post_url(post, language=None):
    with translation.override(language or translation.get_language()):
        return reverse("discussions:post", args=[post.pk])


def excerpt(post):
    return Truncator(post.body).chars(200)


def notify_each_in_their_language(users, kind, *, actor, title, post):
    """One notify() per language, so each recipient's link opens the platform in their
    language (their language of e-mails)."""
    by_language = {}
    for user in users:
        profile = getattr(user, "member_profile", None)
        by_language.setdefault(profile.email_language if profile else "en", []).append(user)
    for language, group in by_language.items():
        notify(
            group,
            kind,
            actor=actor,
            title=title,
            url=post_url(post, language),
            excerpt=excerpt(post),
        )


def follow_thread(user, thread, following=True):
    ThreadFollow.objects.update_or_create(
        user=user, thread=thread, defaults={"following": following}
    )


def follow_automatically(user, thread):
    """Writing in a thread follows it, unless the member muted it."""
    ThreadFollow.objects.get_or_create(user=user, thread=thread, defaults={"following": True})


def thread_followers(thread):
    return [
        follow.user
        for follow in ThreadFollow.objects.filter(
            thread=thread, following=True, user__is_active=True
        ).select_related("user__member_profile")
    ]


# "@Awa Ndiaye": a mention is an @ followed by a member's first and last names.
MENTION = re.compile(r"@([^\W\d_][\w'’-]*)\s+([^\W\d_][\w'’-]*)")
MENTIONS_PER_POST = 10


def mentioned(body):
    """The members a text mentions by name (one query, whatever their number)."""
    names = {(first.lower(), last.lower()) for first, last in MENTION.findall(body)}
    if not names:
        return []
    condition = reduce(
        or_,
        (
            Q(user__first_name__iexact=first, user__last_name__iexact=last)
            for first, last in list(names)[:MENTIONS_PER_POST]
        ),
    )
    return [profile.user for profile in listed_members().filter(condition).select_related("user")]


def tell(post, title, *groups):
    """The members mentioned hear of it as a mention, the others in each (kind, followers)
    group as that kind, each member once."""
    told = mentioned(post.body)
    notify_each_in_their_language(told, Kind.MENTION, actor=post.author, title=title, post=post)
    for kind, followers in groups:
        others = [user for user in followers if user not in told]
        notify_each_in_their_language(others, kind, actor=post.author, title=title, post=post)
        told += others


def add_attachments(post, files):
    for upload in files:
        Attachment.objects.create(post=post, file=upload, name=upload.name[:200], size=upload.size)


def throttled(user):
    """Whether the member has posted too often lately to post again now."""
    return not within_rate_limit("discussion-post", user.pk, settings.DISCUSSION_POST_RATE_LIMIT)


@transaction.atomic
def start_thread(forum, author, title, body, language, files=(), followers=()):
    """A new thread with its first post; the author follows it, the forum's followers hear.

    `followers` (a joint project's team) follow the thread from its start and hear of its
    first post as of a reply in a thread they follow."""
    now = timezone.now()
    thread = Thread.objects.create(
        forum=forum,
        author=author,
        title=title,
        language=language,
        created_at=now,
        last_activity_at=now,
    )
    post = Post.objects.create(
        thread=thread, author=author, body=body, html=render(body), language=language
    )
    add_attachments(post, files)
    follow_thread(author, thread)
    team = [user for user in followers if user.pk != author.pk and user.is_active]
    for user in team:
        follow_thread(user, thread)
    forum_followers = [
        follow.user
        for follow in ForumFollow.objects.filter(forum=forum, user__is_active=True)
        .exclude(user=author)
        .select_related("user__member_profile")
    ]
    tell(post, title, (Kind.REPLY, team), (Kind.NEW_THREAD, forum_followers))
    return thread


@transaction.atomic
def reply(thread, author, body, language, quote=None, files=()):
    post = Post.objects.create(
        thread=thread,
        author=author,
        body=body,
        html=render(body),
        language=language,
        quote=quote if quote is not None and quote.thread_id == thread.pk else None,
    )
    add_attachments(post, files)
    Thread.objects.filter(pk=thread.pk).update(
        reply_count=F("reply_count") + 1, last_activity_at=post.created_at
    )
    follow_automatically(author, thread)
    tell(post, thread.title, (Kind.REPLY, thread_followers(thread)))
    return post


def can_edit(post, user):
    return (
        post.author_id == user.pk
        and not post.hidden
        and not post.thread.locked
        and timezone.now() - post.created_at < EDIT_WINDOW
    )


def edit(post, body):
    post.body = body
    post.html = render(body)
    post.edited_at = timezone.now()
    post.save(update_fields=["body", "html", "edited_at"])
    return post


def page_of(post):
    """The page of its thread a post is on."""
    before = Post.objects.filter(thread_id=post.thread_id, pk__lt=post.pk).count()
    return before // POSTS_PER_PAGE + 1
