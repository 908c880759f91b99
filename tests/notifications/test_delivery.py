"""notify(): one notification per recipient, e-mailed at once in the recipient's language to
those who want it, after the transaction commits; muted kinds and digests wait."""

import pytest
from django.conf import settings
from django.core import mail

from notifications.delivery import notify
from notifications.models import Frequency, Kind, Notification, Preference
from tests.members.factories import MemberProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def awa():
    return MemberProfileFactory(user__first_name="Awa", user__last_name="Ndiaye")


@pytest.fixture
def pablo():
    return MemberProfileFactory(
        user__first_name="Pablo", user__last_name="Ruiz", email_language="es"
    )


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
    assert "Awa Ndiaye" in email.subject and "Biochar en suelos arenosos" in email.subject
    assert "Un primer resultado" in email.body
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    assert f"{base}/es/platform/discussions/1/" in email.body  # an absolute link
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
