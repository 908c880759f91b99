"""Get in touch messages reach the recipient through notifications: at once by default (the
whole message, the link to answer, no address), or in the digest, or not by e-mail at all,
as the recipient chose."""

import io

import pytest
from django.core import mail
from django.core.management import call_command

from members.models import Message
from notifications.models import Frequency, Kind, Notification, Preference

pytestmark = pytest.mark.django_db


def write(client, to, body, language="en"):
    return client.post(f"/{language}/platform/community/{to.pk}/write/", {"body": body})


def test_by_default_the_whole_message_is_emailed_at_once_with_the_reply_link(
    awa_client, awa, pablo, django_capture_on_commit_callbacks
):
    long_text = "Hola Pablo. " + "Biochar y suelos. " * 60  # longer than an excerpt
    with django_capture_on_commit_callbacks(execute=True):
        assert write(awa_client, pablo, long_text).status_code == 302
    (email,) = mail.outbox
    assert email.to == [pablo.user.email]
    assert email.subject == "Awa Ndiaye le ha escrito en la plataforma «4 por 1000»"
    assert long_text.strip() in email.body
    assert f"/es/platform/community/{awa.pk}/write/" in email.body
    assert awa.user.email not in email.body + str(email.extra_headers) + str(email.reply_to)
    assert "Dejar de recibir correos sobre «Los mensajes de otros miembros»" in email.body
    assert "/es/platform/notifications/unsubscribe/" in email.extra_headers["List-Unsubscribe"]
    notification = Notification.objects.get()
    assert notification.kind == Kind.MESSAGE and notification.recipient == pablo.user
    assert notification.url == "/es/platform/messages/"
    assert notification.message == Message.objects.get()


def test_a_digest_reader_gets_the_message_in_the_digest_not_at_once(
    awa_client, pablo, django_capture_on_commit_callbacks
):
    Preference.objects.create(user=pablo.user, frequency=Frequency.DAILY)
    with django_capture_on_commit_callbacks(execute=True):
        write(awa_client, pablo, "Un mensaje para el resumen")
    assert mail.outbox == []
    call_command("send_digests", "--daily", stdout=io.StringIO())
    (email,) = mail.outbox
    assert "Awa Ndiaye le ha escrito" in email.body
    assert "Un mensaje para el resumen" in email.body


def test_a_member_who_turned_message_emails_off_still_finds_it_on_the_platform(
    awa_client, pablo, client, django_capture_on_commit_callbacks
):
    Preference.objects.create(user=pablo.user, muted_kinds=",message,")
    with django_capture_on_commit_callbacks(execute=True):
        write(awa_client, pablo, "Solo en la plataforma")
    assert mail.outbox == []
    client.force_login(pablo.user)
    assert "Awa Ndiaye le ha escrito" in client.get("/es/platform/").content.decode()
    assert "Solo en la plataforma" in client.get("/es/platform/messages/").content.decode()


def test_opening_messages_marks_their_notifications_read_and_keeps_them_from_the_digest(
    awa_client, pablo, client
):
    Preference.objects.create(user=pablo.user, frequency=Frequency.DAILY)
    write(awa_client, pablo, "Leído en la plataforma")
    Notification.objects.create(recipient=pablo.user, kind=Kind.MENTION, url="/es/platform/")
    client.force_login(pablo.user)
    assert "Awa Ndiaye le ha escrito" in client.get("/es/platform/").content.decode()
    assert "Leído en la plataforma" in client.get("/es/platform/messages/").content.decode()
    assert "Awa Ndiaye le ha escrito" not in client.get("/es/platform/").content.decode()
    # Only the message's notification: the mention still waits to be read.
    unread = Notification.objects.filter(recipient=pablo.user, read_at__isnull=True)
    assert [n.kind for n in unread] == [Kind.MENTION]
    call_command("send_digests", "--daily", stdout=io.StringIO())
    (email,) = mail.outbox
    assert "Leído en la plataforma" not in email.body
