"""On sign-in, remember when the member was last here: the dashboard shows what is new since.
And the signals the platform's other apps hear from members (which does not import them)."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import Signal, receiver

from .models import MemberProfile

# Sent with `user` when a member opens their messages: what told them of a message is read.
messages_read = Signal()


@receiver(user_logged_in)
def remember_previous_visit(sender, request, user, **kwargs):
    profile = MemberProfile.objects.filter(user=user).first()
    if profile is not None:
        profile.previous_visit = profile.last_seen or profile.previous_visit
        profile.save(update_fields=["previous_visit"])
