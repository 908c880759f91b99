"""The discussions, under /<lang>/platform/discussions/: members only (PlatformView)."""

from django.conf import settings
from django.db.models import Count, Max
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from members.admin_views import is_secretariat
from members.views.base import PlatformView
from sitewide.limits import within_rate_limit
from sitewide.listing import paginate

from . import threads, translation
from .forms import LOCKED, THROTTLED, EditForm, ReplyForm, ReportForm, ThreadForm
from .models import Attachment, Forum, ForumFollow, Post, Report, Thread, ThreadFollow, ThreadVisit

THREADS_PER_PAGE = 30


def author_fields(prefix=""):
    return [f"{prefix}author__member_profile"]


class DiscussionsView(PlatformView):
    section = "discussions"

    def render_form(self, form, status=200, **context):
        return self.render_to_response(self.get_context_data(form=form, **context), status=status)

    def throttled(self):
        return threads.throttled(self.request.user)


class ForumsView(DiscussionsView):
    template_name = "pages/discussions/forums.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["forums"] = Forum.objects.listed().annotate(
            thread_count=Count("threads"), last_activity=Max("threads__last_activity_at")
        )
        return context


class ForumView(DiscussionsView):
    template_name = "pages/discussions/forum.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        forum = get_object_or_404(Forum.objects.listed(), pk=self.kwargs["pk"])
        page_obj = paginate(
            self.request,
            forum.threads.select_related(*author_fields()).order_by(
                "-pinned", "-last_activity_at", "-pk"
            ),
            THREADS_PER_PAGE,
        )
        context.update(
            forum=forum,
            page_obj=page_obj,
            threads=page_obj.object_list,
            following=ForumFollow.objects.filter(user=self.request.user, forum=forum).exists(),
        )
        return context


class NewThreadView(DiscussionsView):
    template_name = "pages/discussions/new_thread.html"

    def forum(self):
        return get_object_or_404(Forum.objects.listed(), pk=self.kwargs["pk"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ThreadForm(initial={"language": get_language()}))
        context["forum"] = self.forum()
        return context

    def post(self, request, pk):
        forum = self.forum()
        form = ThreadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_form(form)
        if self.throttled():
            form.add_error(None, THROTTLED)
            return self.render_form(form, status=429)
        data = form.cleaned_data
        thread = threads.start_thread(
            forum,
            request.user,
            data["title"],
            data["body"],
            data["language"],
            files=form.files_to_attach(),
        )
        return redirect("discussions:thread", pk=thread.pk)


def visible_thread(pk):
    return get_object_or_404(Thread.objects.select_related("forum"), pk=pk)


def way_to(thread):
    """The breadcrumb to a thread, as (label, url) pairs: its forum, or for a thread of an
    unlisted forum the page it belongs to, which the app that made it gives through the
    `discussion_thread_breadcrumb` hook (fn(thread) -> pairs, or None if not its thread)."""
    if thread.forum.listed:
        return [
            (_("Discussions"), reverse("discussions:forums")),
            (thread.forum.name, reverse("discussions:forum", args=[thread.forum_id])),
        ]
    for breadcrumb in hooks.get_hooks("discussion_thread_breadcrumb"):
        if crumbs := breadcrumb(thread):
            return crumbs
    return [(_("Discussions"), reverse("discussions:forums"))]


class ThreadView(DiscussionsView):
    template_name = "pages/discussions/thread.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        thread = visible_thread(self.kwargs["pk"])
        user = self.request.user
        posts = (
            thread.posts.select_related(*author_fields(), *author_fields("quote__"), "quote")
            .prefetch_related("attachments")
            .order_by("pk")
        )
        page_obj = paginate(self.request, posts, threads.POSTS_PER_PAGE, count=thread.post_count)
        shown = list(page_obj.object_list)
        visit = ThreadVisit.objects.filter(user=user, thread=thread).first()
        last_read = visit.last_read_post_id if visit else 0
        first_unread = (
            thread.posts.filter(pk__gt=last_read)
            .order_by("pk")
            .values_list("pk", flat=True)
            .first()
            if visit
            else None
        )
        if shown and shown[-1].pk > last_read:
            ThreadVisit.objects.update_or_create(
                user=user, thread=thread, defaults={"last_read_post_id": shown[-1].pk}
            )
        follow = ThreadFollow.objects.filter(user=user, thread=thread).first()
        for post in shown:
            post.editable = threads.can_edit(post, user)
        context.update(
            thread=thread,
            breadcrumb=way_to(thread),
            page_obj=page_obj,
            posts=shown,
            first_unread=first_unread,
            following=follow is not None and follow.following,
            muted=follow is not None and not follow.following,
            can_moderate=is_secretariat(user),
            can_translate=translation.available(),
            form=kwargs.get("form") or ReplyForm(initial={"language": get_language()}),
        )
        return context


class ReplyView(DiscussionsView):
    """The reply form on its own page, quoting a post when asked (?quote=<post id>); the
    thread's page has the same form at its foot."""

    template_name = "pages/discussions/reply.html"

    def quoted(self, thread):
        source = self.request.POST if self.request.method == "POST" else self.request.GET
        try:
            pk = int(source.get("quote", ""))
        except ValueError:
            return None
        return thread.posts.filter(pk=pk, hidden=False).select_related(*author_fields()).first()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        thread = visible_thread(self.kwargs["pk"])
        context.update(thread=thread, breadcrumb=way_to(thread), quote=self.quoted(thread))
        context.setdefault("form", ReplyForm(initial={"language": get_language()}))
        return context

    def get(self, request, *args, **kwargs):
        thread = visible_thread(self.kwargs["pk"])
        if thread.locked:
            return redirect("discussions:thread", pk=thread.pk)
        return super().get(request, *args, **kwargs)

    def post(self, request, pk):
        thread = visible_thread(pk)
        form = ReplyForm(request.POST, request.FILES)
        if thread.locked:
            form.add_error(None, LOCKED)
            return self.render_form(form, status=403)
        if not form.is_valid():
            return self.render_form(form)
        if self.throttled():
            form.add_error(None, THROTTLED)
            return self.render_form(form, status=429)
        post = threads.reply(
            thread,
            request.user,
            form.cleaned_data["body"],
            form.cleaned_data["language"],
            quote=self.quoted(thread),
            files=form.files_to_attach(),
        )
        return redirect("discussions:post", pk=post.pk)


def post_location(post):
    url = reverse("discussions:thread", args=[post.thread_id])
    page = threads.page_of(post)
    return f"{url}?page={page}#post-{post.pk}" if page > 1 else f"{url}#post-{post.pk}"


class PostView(DiscussionsView):
    """A post's own address (notifications link here): its page of the thread."""

    def get(self, request, pk):
        return redirect(post_location(get_object_or_404(Post, pk=pk)))


class TranslateView(DiscussionsView):
    """A post machine-translated into the reader's language, labelled as such."""

    template_name = "pages/discussions/translation.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        post = get_object_or_404(
            Post.objects.select_related("thread", *author_fields()),
            pk=self.kwargs["pk"],
            hidden=False,
        )
        language = get_language()
        allowed = within_rate_limit(
            "discussion-translate", self.request.user.pk, settings.DISCUSSION_TRANSLATE_RATE_LIMIT
        )
        context.update(
            post=post,
            thread=post.thread,
            translated=translation.translate(post, language) if allowed else None,
            throttled=not allowed,
            back=post_location(post),
        )
        return context


class EditView(DiscussionsView):
    template_name = "pages/discussions/edit.html"

    def editable_post(self):
        post = get_object_or_404(Post.objects.select_related("thread"), pk=self.kwargs["pk"])
        if post.author_id != self.request.user.pk:
            raise Http404
        return post

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        post = self.editable_post()
        context.update(
            post=post,
            thread=post.thread,
            can_edit=threads.can_edit(post, self.request.user),
        )
        context.setdefault("form", EditForm(initial={"body": post.body}))
        return context

    def post(self, request, pk):
        post = self.editable_post()
        form = EditForm(request.POST)
        if not threads.can_edit(post, request.user):
            form.add_error(
                None,
                _("This post can no longer be edited: posts may be edited for 30 minutes."),
            )
            return self.render_form(form, status=403)
        if not form.is_valid():
            return self.render_form(form)
        threads.edit(post, form.cleaned_data["body"])
        return redirect(post_location(post))


class ReportView(DiscussionsView):
    template_name = "pages/discussions/report.html"

    def reported_post(self):
        post = get_object_or_404(Post.objects.select_related("thread"), pk=self.kwargs["pk"])
        if post.hidden:
            raise Http404
        return post

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        post = self.reported_post()
        context.update(post=post, thread=post.thread)
        context.setdefault("form", ReportForm())
        return context

    def post(self, request, pk):
        post = self.reported_post()
        form = ReportForm(request.POST)
        if not form.is_valid():
            return self.render_form(form)
        if not within_rate_limit(
            "discussion-report", request.user.pk, settings.DISCUSSION_POST_RATE_LIMIT
        ):
            form.add_error(None, THROTTLED)
            return self.render_form(form, status=429)
        Report.objects.create(post=post, reporter=request.user, reason=form.cleaned_data["reason"])
        url = post_location(post)
        path, _hash, anchor = url.partition("#")
        separator = "&" if "?" in path else "?"
        return redirect(f"{path}{separator}reported=1#{anchor}")


class FollowThreadView(DiscussionsView):
    http_method_names = ["post"]

    def post(self, request, pk):
        thread = visible_thread(pk)
        choice = request.POST.get("follow", "")
        if choice == "follow":
            threads.follow_thread(request.user, thread, True)
        elif choice == "mute":
            threads.follow_thread(request.user, thread, False)
        elif choice == "stop":
            ThreadFollow.objects.filter(user=request.user, thread=thread).delete()
        return redirect("discussions:thread", pk=thread.pk)


class FollowForumView(DiscussionsView):
    http_method_names = ["post"]

    def post(self, request, pk):
        forum = get_object_or_404(Forum.objects.listed(), pk=pk)
        if request.POST.get("follow") == "follow":
            ForumFollow.objects.get_or_create(user=request.user, forum=forum)
        else:
            ForumFollow.objects.filter(user=request.user, forum=forum).delete()
        return redirect("discussions:forum", pk=forum.pk)


class AttachmentView(DiscussionsView):
    """A post's file, for members only (never a public media URL): always a download, which
    the browser does not open as a page, whatever it holds."""

    def get(self, request, pk):
        attachment = get_object_or_404(Attachment.objects.select_related("post"), pk=pk)
        if attachment.post.hidden:
            raise Http404
        response = FileResponse(
            attachment.file.open("rb"), as_attachment=True, filename=attachment.name
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response
