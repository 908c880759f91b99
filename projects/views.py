"""Joint projects on the platform, for members only (members.views.base.PlatformView): the
list, a project with its partners, proposing and editing one, asking to join, answering."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from discussions import threads
from discussions.forms import LOCKED, THROTTLED, ReplyForm
from discussions.translation import available as can_translate
from members.views.base import PlatformView
from notifications.delivery import notify
from notifications.models import Kind
from sitewide.limits import within_rate_limit
from sitewide.listing import paginate, querystring_without

from . import discussion
from .forms import ProjectFilterForm, ProjectForm, RequestForm
from .models import Project, Request, Status

PER_PAGE = 20
TOO_OFTEN = _("You have done this many times in a short time. Please try again later.")


def throttled(request):
    return not within_rate_limit(
        "member-project", request.user.pk, settings.MEMBER_PROJECT_RATE_LIMIT
    )


def project_url(project, user=None):
    """The project's path, in `user`'s language of e-mails when it is for them."""
    profile = getattr(user, "member_profile", None) if user else None
    with translation.override(profile.email_language if profile else translation.get_language()):
        return reverse("projects:project", args=[project.pk])


class ProjectListView(PlatformView):
    template_name = "pages/projects/list.html"
    section = "projects"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = ProjectFilterForm(self.request.GET or None)
        projects = (
            Project.objects.select_related("proposer__member_profile")
            .annotate(
                partner_count=Count("requests", filter=Q(requests__answer=Request.Answer.ACCEPTED))
            )
            # Meta.ordering does not apply to a grouped query: said again here.
            .order_by("-created_at", "-pk")
        )
        if status := form.value("status"):
            projects = projects.filter(status=status)
        if pillar := form.value("pillar"):
            projects = projects.filter(pillars__contains=f",{pillar},")
        if country := form.value("country"):
            projects = projects.filter(countries__contains=country)
        page_obj = paginate(self.request, projects, PER_PAGE)
        context.update(
            form=form,
            page_obj=page_obj,
            projects=page_obj.object_list,
            filtered=form.filtered,
            querystring=querystring_without(self.request, "page"),
        )
        return context


class ProjectView(PlatformView):
    template_name = "pages/projects/project.html"
    section = "projects"

    def get_project(self):
        return get_object_or_404(
            Project.objects.select_related("proposer__member_profile", "thread"),
            pk=self.kwargs["pk"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        project = kwargs.get("project") or self.get_project()
        posts = discussion.latest_posts(project)
        for post in posts:
            post.editable = threads.can_edit(post, self.request.user)
        user = self.request.user
        requests = list(project.requests.select_related("member__member_profile"))
        own = next((r for r in requests if r.member_id == user.pk), None)
        is_proposer = project.proposer_id == user.pk
        context.update(
            project=project,
            is_proposer=is_proposer,
            partners=[r for r in requests if r.answer == Request.Answer.ACCEPTED],
            pending=[r for r in requests if r.answer == Request.Answer.PENDING]
            if is_proposer
            else [],
            own_request=own,
            can_ask=not is_proposer and own is None and project.status != Status.COMPLETED,
            just="asked" if "asked" in self.request.GET else "",
            thread=project.thread,
            posts=posts,
            can_translate=can_translate(),
        )
        context.setdefault(
            "reply_form", ReplyForm(initial={"language": translation.get_language()})
        )
        if context["can_ask"]:
            context.setdefault("form", RequestForm())
        return context

    def post(self, request, pk):
        """Asking to join: the proposer is told (notifications.Kind.PROJECT_REQUEST)."""
        project = self.get_project()
        form = RequestForm(request.POST)
        context = self.get_context_data(project=project, form=form)
        if not context["can_ask"]:
            raise PermissionDenied
        status = 200
        if form.is_valid():
            if not throttled(request):
                with transaction.atomic():
                    Request.objects.create(
                        project=project, member=request.user, message=form.cleaned_data["message"]
                    )
                    notify(
                        [project.proposer],
                        Kind.PROJECT_REQUEST,
                        actor=request.user,
                        title=project.title,
                        url=project_url(project, project.proposer),
                        excerpt=form.cleaned_data["message"],
                    )
                return redirect(f"{project_url(project)}?asked=1")
            form.add_error(None, TOO_OFTEN)
            status = 429
        return self.render_to_response(context, status=status)


class DiscussionPostView(ProjectView):
    """A post in the project's discussion, from the form on its page (projects/discussion.py)."""

    http_method_names = ["post"]

    def post(self, request, pk):
        project = self.get_project()
        form = ReplyForm(request.POST, request.FILES)
        status = 200
        if project.thread is not None and project.thread.locked:
            form.add_error(None, LOCKED)
            status = 403
        elif form.is_valid():
            if not threads.throttled(request.user):
                post = discussion.post(
                    project,
                    request.user,
                    form.cleaned_data["body"],
                    form.cleaned_data["language"],
                    files=form.files_to_attach(),
                )
                return redirect(f"{project_url(project)}#post-{post.pk}")
            form.add_error(None, THROTTLED)
            status = 429
        context = self.get_context_data(project=project, reply_form=form)
        return self.render_to_response(context, status=status)


class AnswerView(PlatformView):
    """The proposer accepts or declines a request; an accepted member is told."""

    http_method_names = ["post"]

    def post(self, request, pk, request_pk):
        join = get_object_or_404(
            Request.objects.select_related("project__thread", "member"),
            pk=request_pk,
            project_id=pk,
        )
        project = join.project
        if project.proposer_id != request.user.pk:
            raise PermissionDenied
        answer = request.POST.get("answer")
        if answer not in (Request.Answer.ACCEPTED, Request.Answer.DECLINED):
            return redirect(project_url(project))
        with transaction.atomic():
            join.answer, join.answered_at = answer, timezone.now()
            join.save(update_fields=["answer", "answered_at"])
            if answer == Request.Answer.ACCEPTED:
                discussion.welcome(project, join.member)
                notify(
                    [join.member],
                    Kind.PROJECT_ACCEPTED,
                    actor=request.user,
                    title=project.title,
                    url=project_url(project, join.member),
                )
        return redirect(project_url(project))


class ProposeView(PlatformView):
    template_name = "pages/projects/form.html"
    section = "projects"

    def get_project(self):
        return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ProjectForm(instance=self.get_project()))
        context["project"] = self.get_project()
        return context

    def post(self, request, *args, **kwargs):
        project = self.get_project()
        form = ProjectForm(request.POST, instance=project)
        status = 200
        if form.is_valid():
            if project is not None or not throttled(request):
                project = form.save(proposer=None if project else request.user)
                discussion.retitle(project)
                return redirect(project_url(project))
            form.add_error(None, TOO_OFTEN)
            status = 429
        return self.render_to_response(self.get_context_data(form=form), status=status)


class EditView(ProposeView):
    def get_project(self):
        project = get_object_or_404(Project, pk=self.kwargs["pk"])
        if project.proposer_id != self.request.user.pk:
            raise PermissionDenied
        return project


def seeking_partners_for(member, limit):
    """Projects seeking partners in the member's research pillars or country, not theirs."""
    match = Q()
    for code in member.pillar_codes:
        match |= Q(pillars__contains=f",{code},")
    if member.country:
        match |= Q(countries__contains=member.country.code)
    if not match:
        return []
    projects = (
        Project.objects.filter(match, status=Status.SEEKING)
        .exclude(proposer=member.user)
        .select_related("proposer__member_profile")
    )
    return list(projects[:limit])
