"""The Secretariat's side of the platform in the admin: applications to accept or decline, and
the members with their status, their login to resend, deactivation and a CSV export."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from sitewide.exports import SafeWriter
from sitewide.listing import paginate

from .applications import accept, decline, join_submissions, read_application
from .forms.admin import AcceptForm, DeclineForm
from .models import ApplicationDecision, MemberProfile, Status
from .onboarding import send_login


def is_secretariat(user):
    return user.has_perm("members.change_memberprofile")


class SecretariatView(View):
    def dispatch(self, request, *args, **kwargs):
        if not is_secretariat(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def render(self, template, context):
        context.setdefault("header_icon", "group")
        return TemplateResponse(self.request, template, context)


class ApplicationsView(SecretariatView):
    def get(self, request):
        submissions = join_submissions().order_by("-submit_time")
        decisions = {
            decision.submission_id: decision
            for decision in ApplicationDecision.objects.filter(
                submission__in=submissions
            ).select_related("member__user")
        }
        page_obj = paginate(request, submissions, 50)
        rows = [(s, read_application(s), decisions.get(s.pk)) for s in page_obj.object_list]
        return self.render(
            "members/admin/applications.html",
            {"page_title": _("Applications to join"), "rows": rows, "page_obj": page_obj},
        )


DIRECTORY_MESSAGES = {
    "draft": gettext_lazy(
        "The organisation is in the directory as a draft: visitors will see it once it is "
        "published from Snippets › Organisations."
    ),
    "publish": gettext_lazy("The organisation is published in the directory."),
}


class ApplicationView(SecretariatView):
    def get_submission(self, pk):
        submission = get_object_or_404(join_submissions(), pk=pk)
        if ApplicationDecision.objects.filter(submission=submission).exists():
            raise Http404
        return submission

    def get(self, request, pk, accept_form=None, decline_form=None):
        submission = self.get_submission(pk)
        application = read_application(submission)
        return self.render(
            "members/admin/application.html",
            {
                "page_title": application["organisation"],
                "page_subtitle": _("Application to join"),
                "submission": submission,
                "application": application,
                "accept_form": accept_form or AcceptForm(initial=application),
                "decline_form": decline_form or DeclineForm(),
            },
        )

    def post(self, request, pk):
        submission = self.get_submission(pk)
        if request.POST.get("action") == "decline":
            form = DeclineForm(request.POST)
            form.is_valid()
            decline(submission, form.cleaned_data.get("send_email", False), request.user)
            messages.success(request, _("The application is declined."))
            return redirect("members_admin:applications")
        form = AcceptForm(request.POST)
        if not form.is_valid():
            return self.get(request, pk, accept_form=form)
        profile = accept(submission, form.cleaned_data, request.user)
        messages.success(
            request,
            _("%(email)s is registered on the platform and receives their login by e-mail.")
            % {"email": profile.user.email},
        )
        directory = form.cleaned_data["directory"]
        if directory in DIRECTORY_MESSAGES:
            messages.info(request, DIRECTORY_MESSAGES[directory])
        return redirect("members_admin:applications")


STATUS_FILTERS = {
    Status.DEACTIVATED: Q(user__is_active=False),
    Status.ACTIVE: Q(user__is_active=True, user__last_login__isnull=False),
    # Invited and never signed in are told apart by the date, in Python (few rows).
    Status.INVITED: Q(user__is_active=True, user__last_login__isnull=True),
    Status.NEVER_SIGNED_IN: Q(user__is_active=True, user__last_login__isnull=True),
}


def members_queryset(request):
    profiles = MemberProfile.objects.filter(closed_at__isnull=True).select_related("user")
    query = request.GET.get("q", "").strip()[:100]
    if query:
        profiles = profiles.filter(
            Q(user__first_name__icontains=query)
            | Q(user__last_name__icontains=query)
            | Q(user__email__icontains=query)
            | Q(organisation_name__icontains=query)
        )
    status = request.GET.get("status", "")
    if status in STATUS_FILTERS:
        profiles = profiles.filter(STATUS_FILTERS[status])
    profiles = profiles.order_by("user__last_name", "user__first_name", "pk")
    if status in (Status.INVITED, Status.NEVER_SIGNED_IN):
        profiles = [profile for profile in profiles if profile.status == status]
    return profiles, query, status


class MembersView(SecretariatView):
    def get(self, request):
        profiles, query, status = members_queryset(request)
        if request.GET.get("export") == "csv":
            return export_csv(profiles)
        page_obj = paginate(request, profiles, 50)
        return self.render(
            "members/admin/members.html",
            {
                "page_title": _("Platform members"),
                "page_obj": page_obj,
                "profiles": page_obj.object_list,
                "query": query,
                "status": status,
                "statuses": Status.choices,
                "querystring": request.GET.urlencode(),
            },
        )


def export_csv(profiles):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="platform-members.csv"'
    writer = SafeWriter(response)
    writer.writerow(
        ["name", "email", "organisation", "country", "status", "language", "invited", "last_login"]
    )
    for profile in profiles:
        user = profile.user
        writer.writerow(
            [
                user.get_full_name(),
                user.email,
                profile.organisation_name,
                profile.country.code if profile.country else "",
                profile.status,
                profile.email_language,
                profile.invited_at.isoformat() if profile.invited_at else "",
                user.last_login.isoformat() if user.last_login else "",
            ]
        )
    return response


class MemberActionView(SecretariatView):
    def post(self, request, pk, action):
        profile = get_object_or_404(MemberProfile.objects.select_related("user"), pk=pk)
        user = profile.user
        if action == "resend" and user.is_active:
            send_login(profile)
            messages.success(
                request, _("A new login was e-mailed to %(email)s.") % {"email": user.email}
            )
        elif action == "deactivate":
            user.is_active = False
            user.save(update_fields=["is_active"])
            messages.success(
                request, _("%(name)s can no longer sign in.") % {"name": profile.display_name}
            )
        elif action == "reactivate":
            user.is_active = True
            user.save(update_fields=["is_active"])
            messages.success(
                request, _("%(name)s can sign in again.") % {"name": profile.display_name}
            )
        else:
            raise Http404
        return redirect(request.POST.get("next") or "members_admin:members")
