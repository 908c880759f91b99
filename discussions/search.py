"""The discussions in the platform's search (members.search): the posts members can read whose
text holds the words, each in its own language's configuration (sitewide.text_search), and
each thread whose title holds them, found through its first post still shown. Hidden posts
are never found: their text is the Secretariat's to read."""

from html import unescape

from django.db.models import OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from members.search import Result, ResultGroup
from sitewide.highlight import highlight
from sitewide.text_search import condition

from .models import Post


def matching_posts(words):
    posts = Post.objects.filter(hidden=False)
    posts, in_text = condition(posts, words, ["body"], "language", name="text")
    posts, in_title = condition(posts, words, ["thread__title"], "thread__language", name="title")
    opening = Post.objects.filter(thread=OuterRef("thread"), hidden=False).order_by("pk")
    return posts.filter(in_text | (in_title & Q(pk=Subquery(opening.values("pk")[:1]))))


def plain_text(post):
    """The post as readers see it, without its Markdown, on one line."""
    return " ".join(unescape(strip_tags(post.html)).split())


def search_results(request, words, limit):
    posts = matching_posts(words)
    query = " ".join(words)
    shown = posts.select_related("thread").order_by("-created_at", "-pk")[:limit]
    return ResultGroup(
        title=_("Discussions"),
        total=posts.count(),
        results=[
            Result(
                title=post.thread.title,
                url=reverse("discussions:post", args=[post.pk]),
                excerpt=highlight(plain_text(post), query),
                language=post.language,
                date=post.created_at,
            )
            for post in shown
        ],
    )
