"""On sign-in, remember when the member was last here: the dashboard shows what is new since."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from .models import MemberProfile


@receiver(user_logged_in)
def remember_previous_visit(sender, request, user, **kwargs):
    profile = MemberProfile.objects.filter(user=user).first()
    if profile is not None:
        profile.previous_visit = profile.last_seen or profile.previous_visit
        profile.save(update_fields=["previous_visit"])
