"""Who may see the platform: signed-in members, once they have chosen their own password.
Anonymous visitors go to the sign-in page, whatever platform URL they asked for."""

from datetime import timedelta

from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone

from .models.profile import MemberProfile
from .privacy import members_only

# last_seen is written at most this often, not on every page.
SEEN_EVERY = timedelta(minutes=5)


def profile_of(user):
    """The member's profile; staff who sign in get one too, the first time."""
    try:
        return user.member_profile
    except MemberProfile.DoesNotExist:
        return MemberProfile.objects.create(user=user)


def mark_seen(profile):
    now = timezone.now()
    if profile.last_seen is None or now - profile.last_seen > SEEN_EVERY:
        MemberProfile.objects.filter(pk=profile.pk).update(last_seen=now)
        profile.last_seen = now


def gate(request, allow_temporary_password=False):
    """The redirect a request must follow before seeing a platform page, or None."""
    if not request.user.is_authenticated:
        return members_only(redirect_to_login(request.get_full_path(), reverse("members_login")))
    profile = profile_of(request.user)
    request.member = profile
    if profile.must_change_password and not allow_temporary_password:
        return members_only(redirect("members:password"))
    mark_seen(profile)
    return None


class MemberRequiredMixin:
    allow_temporary_password = False

    def dispatch(self, request, *args, **kwargs):
        response = gate(request, self.allow_temporary_password)
        if response is None:
            response = super().dispatch(request, *args, **kwargs)
        return members_only(response)
