"""notify(): one notification per recipient, e-mailed at once in the recipient's language to
those who want it, after the transaction commits; muted kinds and digests wait."""

import pytest
from django.conf import settings
from django.core import mail

from notifications.delivery import notify
from notifications.models import Frequency, Kind, Notification, Preference

pytestmark = pytest.mark.django_db


def test_each_recipient_gets_the_email_once_committed(
    awa, pablo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notify(
            [pablo.user],
            Kind.REPLY,
            actor=awa.user,
            title="Biochar en suelos arenosos",
            url="/es/platform/discussions/1/",
            excerpt="Un primer resultado",
        )
    assert mail.outbox == []  # nothing leaves before the commit
    for callback in callbacks:
        callback()
    [email] = mail.outbox
    assert email.to == [pablo.user.email]
    # In the recipient's language, whatever language the actor uses.
    assert email.subject == "Awa Ndiaye ha respondido en «Biochar en suelos arenosos»"
    assert "Un primer resultado" in email.body
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    assert f"{base}/es/platform/discussions/1/" in email.body  # an absolute link
    assert "Léalo en la plataforma:" in email.body
    assert "Dejar de recibir correos sobre «Las respuestas en los hilos que sigo»:" in email.body
    assert email.extra_headers["List-Unsubscribe"].startswith(
        f"<{base}/es/platform/notifications/unsubscribe/"
    )
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    notification = Notification.objects.get()
    assert notification.recipient == pablo.user and notification.emailed_at is not None


def test_the_actor_is_not_told_of_their_own_act(awa, pablo, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        notify([awa.user, pablo.user], Kind.REPLY, actor=awa.user, title="T", url="/en/")
    assert list(Notification.objects.values_list("recipient", flat=True)) == [pablo.user.pk]
    assert [email.to for email in mail.outbox] == [[pablo.user.email]]


def test_muted_kinds_and_digest_readers_are_stored_but_not_emailed_now(
    awa, pablo, django_capture_on_commit_callbacks
):
    Preference.objects.create(user=pablo.user, muted_kinds=",reply,")
    Preference.objects.create(user=awa.user, frequency=Frequency.DAILY)
    with django_capture_on_commit_callbacks(execute=True):
        notify([awa.user, pablo.user], Kind.REPLY, title="T", url="/en/")
    assert Notification.objects.count() == 2
    assert mail.outbox == []
    assert not Notification.objects.filter(emailed_at__isnull=False).exists()


def test_a_deactivated_account_is_not_notified(awa, pablo, django_capture_on_commit_callbacks):
    pablo.user.is_active = False
    pablo.user.save()
    with django_capture_on_commit_callbacks(execute=True):
        notify([pablo.user], Kind.MESSAGE, actor=awa.user, url="/en/")
    assert not Notification.objects.exists() and mail.outbox == []
