"""The Secretariat's acts on posts, threads and members: each one recorded (who, when, what,
why), and the author of a hidden post told in their language."""

from django.db import transaction
from django.utils import timezone

from notifications.models import Kind

from .models import Action, ModerationAction, Post, Thread
from .threads import notify_each_in_their_language


def record(moderator, action, *, post=None, thread=None, member=None, reason=""):
    return ModerationAction.objects.create(
        moderator=moderator,
        action=action,
        post=post,
        thread=thread if thread is not None else getattr(post, "thread", None),
        member=member if member is not None else getattr(post, "author", None),
        reason=reason[:500],
    )


@transaction.atomic
def hide(post, moderator, reason=""):
    now = timezone.now()
    Post.objects.filter(pk=post.pk).update(
        hidden=True, hidden_by=moderator, hidden_at=now, hidden_reason=reason[:500]
    )
    post.hidden = True
    post.reports.filter(resolved_at__isnull=True).update(resolved_at=now)
    record(moderator, Action.HIDE, post=post, reason=reason)
    if post.author is not None and post.author.is_active:
        notify_each_in_their_language(
            [post.author], Kind.POST_HIDDEN, actor=moderator, title=post.thread.title, post=post
        )


@transaction.atomic
def restore(post, moderator, reason=""):
    Post.objects.filter(pk=post.pk).update(
        hidden=False, hidden_by=None, hidden_at=None, hidden_reason=""
    )
    post.hidden = False
    record(moderator, Action.RESTORE, post=post, reason=reason)


@transaction.atomic
def dismiss(post, moderator, reason=""):
    post.reports.filter(resolved_at__isnull=True).update(resolved_at=timezone.now())
    record(moderator, Action.DISMISS, post=post, reason=reason)


THREAD_CHANGES = {
    Action.LOCK: {"locked": True},
    Action.UNLOCK: {"locked": False},
    Action.PIN: {"pinned": True},
    Action.UNPIN: {"pinned": False},
}


@transaction.atomic
def change_thread(thread, moderator, action, reason="", forum=None):
    if action == Action.MOVE:
        changes = {"forum": forum}
        reason = reason or f"{thread.forum.name_en} → {forum.name_en}"
    else:
        changes = THREAD_CHANGES[action]
    Thread.objects.filter(pk=thread.pk).update(**changes)
    record(moderator, action, thread=thread, member=thread.author, reason=reason)


@transaction.atomic
def suspend(user, moderator, reason=""):
    """The member can no longer sign in (members' own deactivation); their posts stay,
    signed "Former member"."""
    user.is_active = False
    user.save(update_fields=["is_active"])
    record(moderator, Action.SUSPEND, member=user, reason=reason)
