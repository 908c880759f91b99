"""`send_digests --daily` / `--weekly`: one e-mail per member who chose it, with what they
have neither read nor been e-mailed, grouped by kind, in their language; never twice."""

import datetime
import io
import re

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from notifications.models import Frequency, Kind, Notification, Preference
from tests.members.factories import MemberProfileFactory

pytestmark = pytest.mark.django_db


def send(which):
    out = io.StringIO()
    call_command("send_digests", f"--{which}", stdout=out)
    return out.getvalue()


@pytest.fixture
def digest_readers(awa, pablo):
    Preference.objects.create(user=awa.user, frequency=Frequency.DAILY)
    Preference.objects.create(user=pablo.user, frequency=Frequency.WEEKLY)
    return awa, pablo


def test_each_reader_gets_their_digest_on_their_day_grouped_with_links(
    digest_readers, tell, django_capture_on_commit_callbacks
):
    awa, pablo = digest_readers
    tom = MemberProfileFactory(user__first_name="Tom", user__last_name="Smith")
    with django_capture_on_commit_callbacks(execute=True):
        tell([awa, pablo], Kind.REPLY, actor=tom.user, title="Biochar", url="/en/platform/d/1/")
        tell([awa, pablo], Kind.REPLY, actor=tom.user, title="Compost", url="/en/platform/d/2/")
        tell([awa, pablo], Kind.PROJECT_REQUEST, actor=tom.user, title="Sahel", url="/en/p/3/")
    assert mail.outbox == []  # digest readers get nothing at once

    assert send("daily") == "1 daily digest(s) sent.\n"
    (email,) = mail.outbox
    assert email.to == [awa.user.email]
    assert email.subject == "Today on the “4 per 1000” platform: 3 new notifications"
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    body = email.body
    assert body.index("== Replies in threads I follow ==") < body.index(
        "Tom Smith replied in “Compost”"
    )
    assert body.index("Tom Smith replied in “Biochar”") < body.index(
        "== Requests to join my projects =="
    )
    assert "Tom Smith asks to join your project “Sahel”" in body
    assert f"{base}/en/platform/d/1/" in body and f"{base}/en/p/3/" in body
    assert len(re.findall(r"Stop e-mails about “[^”]+”: \S+/unsubscribe/", body)) == 2
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    mail.outbox.clear()
    assert send("weekly") == "1 weekly digest(s) sent.\n"
    (email,) = mail.outbox
    assert email.to == [pablo.user.email]
    # In Spanish, Pablo's language.
    assert email.subject == "Esta semana en la plataforma «4 por 1000»: 3 notificaciones nuevas"
    assert "== Las respuestas en los hilos que sigo ==" in email.body
    assert "Tom Smith solicita unirse a su proyecto «Sahel»" in email.body


def test_running_it_again_sends_nothing_more(digest_readers, tell):
    awa, _pablo = digest_readers
    tell([awa], Kind.MENTION)
    send("daily")
    assert len(mail.outbox) == 1
    assert Notification.objects.get(recipient=awa.user).emailed_at is not None
    assert send("daily") == "0 daily digest(s) sent.\n"
    assert len(mail.outbox) == 1
    tell([awa], Kind.MENTION, title="Nouveau")
    send("daily")
    assert len(mail.outbox) == 2
    assert "Nouveau" in mail.outbox[1].body and "Biochar" not in mail.outbox[1].body


def test_read_muted_and_already_emailed_notifications_are_left_out(digest_readers, tell):
    awa, _pablo = digest_readers
    Preference.objects.filter(user=awa.user).update(muted_kinds=",mention,")
    tell([awa], Kind.MENTION, title="Muted")
    tell([awa], Kind.REPLY, title="Read")
    tell([awa], Kind.REPLY, title="Sent")
    Notification.objects.filter(title="Read").update(read_at=timezone.now())
    Notification.objects.filter(title="Sent").update(emailed_at=timezone.now())
    assert send("daily") == "0 daily digest(s) sent.\n"
    tell([awa], Kind.REPLY, title="Fresh")
    send("daily")
    (email,) = mail.outbox
    assert "Fresh" in email.body
    assert not {"Muted", "Read", "Sent"} & set(re.findall(r"“(\w+)”", email.body))
    assert email.subject == "Today on the “4 per 1000” platform: 1 new notification"


@pytest.mark.parametrize(("which", "period"), [("daily", 1), ("weekly", 7)])
def test_a_digest_covers_its_period_only(digest_readers, tell, which, period):
    """A member back from "No e-mail" (or who turns a kind back on) gets what is new, not
    everything that waited meanwhile: that stays on the dashboard."""
    reader, pablo = digest_readers  # Awa reads in English; Pablo stays out of it
    Preference.objects.filter(user=pablo.user).update(frequency=Frequency.NEVER)
    Preference.objects.filter(user=reader.user).update(frequency=Frequency.NEVER)
    tell([reader], Kind.REPLY, title="Old")
    Notification.objects.filter(title="Old").update(
        created_at=timezone.now() - datetime.timedelta(days=period + 1)
    )
    Preference.objects.filter(user=reader.user).update(frequency=which)
    assert send(which) == f"0 {which} digest(s) sent.\n"

    tell([reader], Kind.REPLY, title="New")
    tell([reader], Kind.REPLY, title="Recent")
    Notification.objects.filter(title="Recent").update(
        created_at=timezone.now() - datetime.timedelta(days=period) + datetime.timedelta(hours=1)
    )
    assert send(which) == f"1 {which} digest(s) sent.\n"
    (email,) = mail.outbox
    assert set(re.findall(r"“(\w+)”", email.body)) == {"New", "Recent"}
    # Still on the dashboard, unread.
    assert Notification.objects.get(title="Old").read_at is None


def test_closed_and_deactivated_accounts_get_no_digest(digest_readers, tell):
    awa, pablo = digest_readers
    tell([awa, pablo], Kind.REPLY)
    awa.user.is_active = False
    awa.user.save()
    Preference.objects.filter(user=pablo.user).update(frequency=Frequency.DAILY)
    pablo.closed_at = timezone.now()
    pablo.save()
    assert send("daily") == "0 daily digest(s) sent.\n"


def add_notifications(users, count, actor):
    Notification.objects.bulk_create(
        Notification(recipient=user, kind=kind, actor=actor, title=f"T{n}", url=f"/en/{n}/")
        for user in users
        for n, kind in zip(range(count), [*Kind.values] * count, strict=False)
    )


def queries_for_digests():
    with CaptureQueriesContext(connection) as ctx:
        send("daily")
    return len(ctx.captured_queries)


def test_the_query_count_does_not_grow_with_notifications(digest_readers):
    awa, _pablo = digest_readers
    tom = MemberProfileFactory()
    others = [MemberProfileFactory() for _ in range(2)]
    for other in others:
        Preference.objects.create(user=other.user, frequency=Frequency.DAILY)
    readers = [awa.user, *(other.user for other in others)]
    add_notifications(readers, 5, tom.user)
    few = queries_for_digests()
    assert len(mail.outbox) == 3
    add_notifications(readers, 200, tom.user)
    many = queries_for_digests()
    assert len(mail.outbox) == 6
    assert mail.outbox[-1].body.count("/en/") > 200  # all 200 are in it, with their links
    assert few == many
    assert many <= 2 + len(readers)  # preferences, notifications, one update per member
