"""A joint project's own discussion: a thread of the discussions (discussions.threads), so posts
are formatted, attached to, quoted, moderated, followed and notified as in any forum. The
thread is started by the project's first post, in a forum the platform keeps for the projects
and does not list among the forums: its threads are reached from their projects.

Any member may post, not only the proposer and the partners: the platform is there for
members to work together, and a member weighing whether to join, or with a lead to share,
asks the team in the open, where the answer helps the next one. The team (the proposer and
the accepted partners) follows the thread and hears of each post."""

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from discussions.models import Forum, Thread
from discussions.threads import follow_automatically, reply, start_thread

from .models import Project, Request

FORUM_KEY = "joint-projects"
# The latest posts on the project's page; the thread's own page has them all.
LATEST_POSTS = 10


def projects_forum():
    names = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            names[f"name_{code}"] = str(_("Joint projects"))
    forum, _created = Forum.objects.get_or_create(
        key=FORUM_KEY, defaults={"listed": False, **names}
    )
    return forum


def team(project):
    """The proposer and the accepted partners, with their languages of e-mails."""
    partners = [
        join.member
        for join in project.requests.filter(answer=Request.Answer.ACCEPTED).select_related(
            "member__member_profile"
        )
    ]
    return [project.proposer, *partners] if project.proposer else partners


@transaction.atomic
def post(project, author, body, language, files=()):
    """The member's post in the project's discussion, which it starts if it is the first."""
    # Locked, so two first posts at once do not start two threads.
    thread_id = (
        Project.objects.select_for_update().values_list("thread_id", flat=True).get(pk=project.pk)
    )
    if thread_id is not None:
        return reply(Thread.objects.get(pk=thread_id), author, body, language, files=files)
    thread = start_thread(
        projects_forum(),
        author,
        project.title,
        body,
        language,
        files=files,
        followers=team(project),
    )
    Project.objects.filter(pk=project.pk).update(thread=thread)
    project.thread = thread
    return thread.posts.get()


def welcome(project, partner):
    """A partner just accepted follows the project's discussion, unless they muted it."""
    if project.thread_id is not None:
        follow_automatically(partner, project.thread)


def retitle(project):
    """The thread keeps the project's title, which notifications and the dashboard show."""
    if project.thread_id is not None:
        Thread.objects.filter(pk=project.thread_id).update(title=project.title)


def latest_posts(project):
    if project.thread is None:
        return []
    posts = (
        project.thread.posts.select_related(
            "author__member_profile", "quote__author__member_profile"
        )
        .prefetch_related("attachments")
        .order_by("-pk")[:LATEST_POSTS]
    )
    return list(reversed(posts))
