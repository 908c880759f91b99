"""notify(): the one way platform apps tell members something. It stores a notification per
recipient and, once the transaction commits, e-mails those who want it at once, each in their
own language. Digests (daily, weekly, `manage.py send_digests`) gather the rest."""

import datetime
from itertools import groupby

from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string, select_template
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from members.onboarding import site_url

from .models import Frequency, Kind, Notification, Preference, language_of
from .unsubscribe import ALL, email_headers, unsubscribe_url


def preference_of(user):
    return Preference.objects.filter(user=user).first() or Preference(user=user)


def notify(recipients, kind, *, actor=None, title="", url, excerpt="", message=None):
    """Tell each recipient (users) about one event; the actor is never told of their own act.
    `message` is a member's message (members.Message), e-mailed whole."""
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
            message=message,
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


def settings_url():
    return site_url(reverse("notifications:settings"))


def reply_url(notification):
    """Where a member's message is answered: writing back to its sender, if still here."""
    profile = getattr(notification.actor, "member_profile", None) if notification.actor else None
    if profile is None or profile.closed_at or not notification.actor.is_active:
        return ""
    return site_url(reverse("members:write", args=[profile.pk]))


def one_email(notification):
    """The e-mail of one notification, in the recipient's language; a kind may have its own
    template (notifications/emails/<kind>.txt and <kind>_subject.txt)."""
    user = notification.recipient
    with translation.override(language_of(user)):
        notification.link = site_url(notification.url)
        unsubscribe = unsubscribe_url(user, notification.kind)
        context = {
            "notification": notification,
            "notifications": [notification],
            "sender": notification.actor_name(),
            "body": notification.message.body if notification.message else notification.excerpt,
            "reply_url": reply_url(notification),
            "settings_url": settings_url(),
            "profile_url": site_url(reverse("members:profile")),
            "unsubscribe_url": unsubscribe,
            "kind_label": Kind(notification.kind).label,
        }
        try:
            subject = render_to_string(
                f"notifications/emails/{notification.kind}_subject.txt", context
            )
        except TemplateDoesNotExist:
            subject = notification.sentence()
        text = select_template(
            [f"notifications/emails/{notification.kind}.txt", "notifications/emails/one.txt"]
        ).render(context)
    # From the site's address, with no Reply-To: the members' addresses stay private.
    return EmailMessage(
        subject.strip(), text, None, [user.email], headers=email_headers(unsubscribe)
    )


def send_now(ids):
    pending = Notification.objects.filter(pk__in=ids, emailed_at__isnull=True).select_related(
        "recipient__member_profile", "actor__member_profile", "message"
    )
    with get_connection() as connection:
        for notification in pending:
            connection.send_messages([one_email(notification)])
            Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())


def digest_email(user, notifications, frequency):
    """One e-mail with the member's notifications grouped by kind, in their language."""
    count = len(notifications)
    order = {kind: position for position, kind in enumerate(Kind.values)}
    notifications = sorted(notifications, key=lambda n: (order[n.kind], -n.created_at.timestamp()))
    with translation.override(language_of(user)):
        groups = []
        for kind, items in groupby(notifications, key=lambda n: n.kind):
            items = list(items)
            for notification in items:
                notification.link = site_url(notification.url)
            groups.append(
                {
                    "label": Kind(kind).label,
                    "notifications": items,
                    "unsubscribe_url": unsubscribe_url(user, kind),
                }
            )
        if frequency == Frequency.WEEKLY:
            subject = ngettext(
                "This week on the “4 per 1000” platform: %(count)s new notification",
                "This week on the “4 per 1000” platform: %(count)s new notifications",
                count,
            )
        else:
            subject = ngettext(
                "Today on the “4 per 1000” platform: %(count)s new notification",
                "Today on the “4 per 1000” platform: %(count)s new notifications",
                count,
            )
        context = {
            "groups": groups,
            "weekly": frequency == Frequency.WEEKLY,
            "settings_url": settings_url(),
            "dashboard_url": site_url(reverse("notifications:list")),
            "unsubscribe_url": unsubscribe_url(user, ALL),
        }
        text = render_to_string("notifications/emails/digest.txt", context)
    headers = email_headers(context["unsubscribe_url"])
    return EmailMessage(subject % {"count": count}, text, None, [user.email], headers=headers)


# What a digest covers, as its subject says ("Today...", "This week..."), and an hour more for
# a cron run that starts late. Older news stays on the dashboard: a member back from "No
# e-mail", or who turns a kind back on, is not sent months of it at once.
DIGEST_PERIODS = {
    Frequency.DAILY: datetime.timedelta(days=1, hours=1),
    Frequency.WEEKLY: datetime.timedelta(days=7, hours=1),
}


def send_digests(frequency):
    """E-mail each member who chose this frequency what they have not read nor been e-mailed
    yet of the digest's period, in one message; returns how many were sent. Running it again
    sends nothing more: what is sent is marked e-mailed at once, member by member."""
    preferences = {
        preference.user_id: preference
        for preference in Preference.objects.filter(
            frequency=frequency,
            user__is_active=True,
            user__member_profile__closed_at__isnull=True,
        ).select_related("user__member_profile")
    }
    pending = (
        Notification.objects.filter(
            recipient__in=list(preferences),
            emailed_at__isnull=True,
            read_at__isnull=True,
            created_at__gte=timezone.now() - DIGEST_PERIODS[frequency],
        )
        .select_related("actor__member_profile")
        .order_by("recipient", "-created_at", "-pk")
    )
    sent = 0
    with get_connection() as connection:
        for user_pk, notifications in groupby(pending, key=lambda n: n.recipient_id):
            preference = preferences[user_pk]
            notifications = [n for n in notifications if not preference.mutes(n.kind)]
            if not notifications:
                continue
            connection.send_messages([digest_email(preference.user, notifications, frequency)])
            Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(
                emailed_at=timezone.now()
            )
            sent += 1
    return sent
