"""notify(): the one way platform apps tell members something. It stores a notification per
recipient and, once the transaction commits, e-mails those who want it at once, each in their
own language. Digests (daily, weekly) gather the rest."""

from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from members.onboarding import site_url

from .models import Frequency, Notification, Preference


def preference_of(user):
    return Preference.objects.filter(user=user).first() or Preference(user=user)


def notify(recipients, kind, *, actor=None, title="", url, excerpt=""):
    """Tell each recipient (users) about one event; the actor is never told of their own act."""
    recipients = [user for user in recipients if user is not None and user != actor]
    preferences = {
        preference.user_id: preference
        for preference in Preference.objects.filter(user__in=recipients)
    }
    created = Notification.objects.bulk_create(
        Notification(
            recipient=user,
            kind=kind,
            actor=actor,
            title=title[:300],
            url=url,
            excerpt=excerpt[:500],
        )
        for user in recipients
        if user.is_active
    )
    now_ids = [
        notification.pk
        for notification in created
        if not (pref := preferences.get(notification.recipient_id, Preference())).mutes(kind)
        and pref.frequency == Frequency.IMMEDIATELY
    ]
    if now_ids:
        transaction.on_commit(lambda: send_now(now_ids))
    return created


def language_of(user):
    profile = getattr(user, "member_profile", None)
    return profile.email_language if profile else "en"


def send_now(ids):
    pending = Notification.objects.filter(pk__in=ids, emailed_at__isnull=True).select_related(
        "recipient__member_profile", "actor__member_profile"
    )
    for notification in pending:
        user = notification.recipient
        notification.link = site_url(notification.url)
        with translation.override(language_of(user)):
            context = {
                "notifications": [notification],
                "settings_url": site_url(reverse("members:profile")),
            }
            subject = notification.sentence()
            text = render_to_string("notifications/emails/one.txt", context)
        send_mail(subject, text, None, [user.email])
        Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())
