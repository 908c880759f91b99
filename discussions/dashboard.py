"""The dashboard's panel: new threads in the forums the member follows and new replies in the
threads they follow, since their last visit."""

from django.db.models import Q
from django.template.loader import render_to_string

from .models import ForumFollow, Thread, ThreadFollow

SHOWN = 8


def dashboard_panel(request, member):
    user = request.user
    since = member.previous_visit
    followed_threads = ThreadFollow.objects.filter(user=user, following=True).values("thread")
    followed_forums = ForumFollow.objects.filter(user=user).values("forum")
    news = Q(pk__in=followed_threads) | Q(forum__in=followed_forums)
    if since:
        news = (Q(pk__in=followed_threads) & Q(last_activity_at__gt=since)) | (
            Q(forum__in=followed_forums) & Q(created_at__gt=since)
        )
    threads = list(
        Thread.objects.filter(news)
        .select_related("forum")
        .order_by("-last_activity_at", "-pk")[:SHOWN]
    )
    return render_to_string(
        "pages/discussions/dashboard_panel.html",
        {"threads": threads, "since": since},
        request=request,
    )
