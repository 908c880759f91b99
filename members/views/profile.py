"""The member's own profile: edit it, change the password, download it, close the account."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout, update_session_auth_hash
from django.contrib.auth.forms import PasswordChangeForm, SetPasswordForm
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.forms.profile import CloseAccountForm, ProfileForm
from members.models import Message, SecretariatMessage
from members.privacy import members_only
from sitewide.limits import within_rate_limit

from .base import PlatformView


class ProfileView(PlatformView):
    template_name = "pages/members/profile.html"
    section = "profile"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ProfileForm(instance=self.request.member))
        return context

    def post(self, request, *args, **kwargs):
        form = ProfileForm(request.POST, request.FILES, instance=request.member)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        if not within_rate_limit(
            "member-profile", request.user.pk, settings.MEMBER_PROFILE_RATE_LIMIT
        ):
            form.add_error(
                None,
                _("Your profile was saved many times in a short time. Please try again later."),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        form.save()
        messages.success(request, _("Your profile is saved."))
        return redirect("members:profile")


class PasswordView(PlatformView):
    """Choose a password: at the first sign-in (no old password asked, the temporary one was
    just typed), and whenever the member wants to change it."""

    template_name = "pages/members/password.html"
    section = "profile"
    allow_temporary_password = True

    def form_class(self):
        return SetPasswordForm if self.request.member.must_change_password else PasswordChangeForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.form_class()(self.request.user, label_suffix=""))
        context["first_time"] = self.request.member.must_change_password
        return context

    def post(self, request, *args, **kwargs):
        form = self.form_class()(request.user, request.POST, label_suffix="")
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        form.save()
        update_session_auth_hash(request, form.user)
        first_time = request.member.must_change_password
        request.member.must_change_password = False
        request.member.save(update_fields=["must_change_password"])
        messages.success(request, _("Your new password is saved."))
        return redirect("members:profile" if first_time else "members:dashboard")


def member_data(profile):
    """Everything the platform holds about the member, as they may take it away."""
    user = profile.user

    def message_rows(queryset, other):
        return [
            {
                other: getattr(message, other).get_full_name() if getattr(message, other) else None,
                "sent_at": message.sent_at.isoformat(),
                "body": message.body,
            }
            for message in queryset.select_related(other)
        ]

    return {
        "account": {
            "login": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "profile": {
            "organisation": profile.organisation_name,
            "directory_entry": profile.organisation_id,
            "job_title": profile.job_title,
            "country": profile.country.code if profile.country else "",
            "languages": profile.language_codes,
            "pillars": profile.pillar_codes,
            "topics": [topic.name for topic in profile.topics.all()],
            "presentation": profile.presentation,
            "photo": profile.photo.url if profile.photo else None,
            "shared_with_members": profile.shared,
            "email_language": profile.email_language,
            "accepts_messages": profile.accepts_messages,
        },
        "messages_sent": message_rows(Message.objects.filter(sender=user), "recipient"),
        "messages_received": message_rows(Message.objects.filter(recipient=user), "sender"),
        "messages_to_the_secretariat": [
            {"sent_at": m.sent_at.isoformat(), "subject": m.subject, "body": m.body}
            for m in SecretariatMessage.objects.filter(sender=user)
        ],
    }


class DataView(PlatformView):
    def get(self, request, *args, **kwargs):
        data = json.dumps(member_data(request.member), ensure_ascii=False, indent=2)
        response = HttpResponse(data, content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="my-4p1000-platform-data.json"'
        return response


def close_account(profile):
    """The account can no longer sign in and what described the member goes; their messages
    stay, signed "Former member"."""
    user = profile.user
    if profile.photo:
        profile.photo.delete(save=False)
    user.first_name = user.last_name = user.email = ""
    user.username = f"former-member-{user.pk}"
    user.is_active = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    profile.organisation_id = None
    profile.organisation_name = profile.job_title = profile.presentation = ""
    profile.country = ""
    profile.languages = profile.pillars = ""
    profile.accepts_messages = False
    profile.closed_at = timezone.now()
    profile.save()
    profile.topics.clear()


class CloseView(PlatformView):
    template_name = "pages/members/close.html"
    section = "profile"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", CloseAccountForm())
        return context

    def post(self, request, *args, **kwargs):
        form = CloseAccountForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        close_account(request.member)
        logout(request)
        return members_only(render(request, "pages/members/closed.html"))
