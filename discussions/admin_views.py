"""Moderation in the admin, for the Secretariat: reported posts first, hide or restore a
post, lock, pin or move a thread, suspend a member, and the log of every act."""

from django.contrib import messages
from django.db.models import Count, Max, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from members.admin_views import SecretariatView
from sitewide.listing import paginate

from . import moderation
from .models import Action, Forum, ModerationAction, Post, Report, Thread

HIDDEN_SHOWN = 20


def reason_of(request):
    return request.POST.get("reason", "").strip()[:500]


class ReportsView(SecretariatView):
    def get(self, request):
        open_reports = Q(reports__resolved_at__isnull=True)
        posts = (
            Post.objects.filter(open_reports, hidden=False)
            .annotate(open_count=Count("reports", filter=open_reports))
            .annotate(last_report=Max("reports__created_at"))
            .select_related("thread__forum", "author__member_profile")
            .prefetch_related(
                Prefetch(
                    "reports",
                    queryset=Report.objects.filter(resolved_at__isnull=True).select_related(
                        "reporter__member_profile"
                    ),
                    to_attr="open_reports",
                )
            )
            .order_by("-open_count", "-last_report")
            .distinct()
        )
        hidden = (
            Post.objects.filter(hidden=True)
            .select_related("thread__forum", "author__member_profile", "hidden_by")
            .order_by("-hidden_at")[:HIDDEN_SHOWN]
        )
        page_obj = paginate(request, posts, 30)
        return self.render(
            "discussions/admin/reports.html",
            {
                "page_title": _("Reported posts"),
                "header_icon": "warning",
                "page_obj": page_obj,
                "reported": page_obj.object_list,
                "hidden": hidden,
            },
        )


class PostActionView(SecretariatView):
    def post(self, request, pk, action):
        post = get_object_or_404(
            Post.objects.select_related("thread", "author__member_profile"), pk=pk
        )
        reason = reason_of(request)
        if action == Action.HIDE:
            moderation.hide(post, request.user, reason)
            messages.success(request, _("The post is hidden; its author is told."))
        elif action == Action.RESTORE:
            moderation.restore(post, request.user, reason)
            messages.success(request, _("The post is shown again."))
        elif action == Action.DISMISS:
            moderation.dismiss(post, request.user, reason)
            messages.success(request, _("The reports on this post are dismissed."))
        elif action == Action.SUSPEND and post.author is not None:
            moderation.suspend(post.author, request.user, reason)
            messages.success(request, _("The author of this post can no longer sign in."))
        else:
            raise Http404
        return redirect("discussions_admin:reports")


class ThreadModerationView(SecretariatView):
    def get(self, request, pk):
        thread = get_object_or_404(
            Thread.objects.select_related("forum", "author__member_profile"), pk=pk
        )
        return self.render(
            "discussions/admin/thread.html",
            {
                "page_title": thread.title,
                "page_subtitle": _("Moderate a thread"),
                "header_icon": "comment",
                "thread": thread,
                "forums": Forum.objects.listed().exclude(pk=thread.forum_id),
                "actions": ModerationAction.objects.filter(thread=thread).select_related(
                    "moderator"
                )[:50],
            },
        )

    def post(self, request, pk):
        thread = get_object_or_404(Thread.objects.select_related("forum"), pk=pk)
        action = request.POST.get("action", "")
        reason = reason_of(request)
        if action == Action.MOVE:
            try:
                forum = Forum.objects.listed().get(pk=int(request.POST.get("forum", "")))
            except (ValueError, Forum.DoesNotExist):
                messages.error(request, _("Please choose the forum to move the thread to."))
                return redirect("discussions_admin:thread", pk=thread.pk)
            moderation.change_thread(thread, request.user, Action.MOVE, reason, forum=forum)
        elif action in moderation.THREAD_CHANGES:
            moderation.change_thread(thread, request.user, action, reason)
        else:
            raise Http404
        messages.success(request, _("Done: %(action)s.") % {"action": Action(action).label})
        return redirect("discussions_admin:thread", pk=thread.pk)


class LogView(SecretariatView):
    def get(self, request):
        actions = ModerationAction.objects.select_related(
            "moderator", "thread", "member__member_profile"
        )
        page_obj = paginate(request, actions, 50)
        return self.render(
            "discussions/admin/log.html",
            {
                "page_title": _("Moderation log"),
                "header_icon": "history",
                "page_obj": page_obj,
                "actions": page_obj.object_list,
            },
        )
