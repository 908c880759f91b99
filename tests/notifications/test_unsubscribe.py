"""One click in any e-mail turns that kind off, without signing in; the mail client's own
unsubscribe button (List-Unsubscribe-Post) does the same; a bad or old link says so."""

import re

import pytest
from django.core import mail
from django.test import Client

from notifications.models import Frequency, Kind, Preference
from notifications.unsubscribe import ALL, unsubscribe_url

pytestmark = pytest.mark.django_db


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)


@pytest.fixture
def reply_email(pablo, tell, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        tell([pablo], Kind.REPLY, title="Biochar", url="/es/platform/")
    (email,) = mail.outbox
    return email


def test_the_link_in_the_email_asks_then_turns_that_kind_off_without_signing_in(
    client, pablo, reply_email
):
    link = re.search(r"https?://\S+/unsubscribe/\S+/", reply_email.body).group()
    assert f"<{link}>" == reply_email.extra_headers["List-Unsubscribe"]
    path = path_of(link)
    assert path.startswith("/es/")  # in the recipient's language
    page = client.get(path)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Ya no recibirá correos sobre «Las respuestas en los hilos que sigo»" in html
    assert "Darme de baja" in html
    assert "private" in page["Cache-Control"]
    assert not Preference.objects.filter(user=pablo.user).exists()  # a GET changes nothing

    done = client.post(path)
    assert done.status_code == 200
    assert "Se ha dado de baja" in done.content.decode()
    preference = Preference.objects.get(user=pablo.user)
    assert preference.mutes(Kind.REPLY) and not preference.mutes(Kind.MESSAGE)
    assert preference.frequency == Frequency.IMMEDIATELY


def test_the_mail_clients_one_click_post_needs_no_csrf_token(pablo, reply_email):
    client = Client(enforce_csrf_checks=True)
    link = reply_email.extra_headers["List-Unsubscribe"].strip("<>")
    response = client.post(path_of(link), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Preference.objects.get(user=pablo.user).mutes(Kind.REPLY)


def test_a_second_kind_is_added_to_the_first(client, pablo):
    for kind in (Kind.REPLY, Kind.MENTION, Kind.REPLY):
        client.post(path_of(unsubscribe_url(pablo.user, kind)))
    assert Preference.objects.get(user=pablo.user).muted_kind_list == ["mention", "reply"]


def test_the_digest_link_stops_all_emails_about_activity(client, awa):
    Preference.objects.create(user=awa.user, frequency=Frequency.DAILY)
    path = path_of(unsubscribe_url(awa.user, ALL))
    assert "neither at once nor as a digest" in client.get(path).content.decode()
    client.post(path)
    assert Preference.objects.get(user=awa.user).frequency == Frequency.NEVER


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_damaged_or_forged_link_gives_a_clear_page_and_changes_nothing(client, awa, language):
    good = unsubscribe_url(awa.user, Kind.REPLY).rstrip("/").rpartition("/")[2]
    for token in (good[:-3] + "abc", "junk", "W1sxLCJyZXBseSJd:1abc:xyz", "%3Cscript%3E"):
        for method in (client.get, client.post):
            response = method(f"/{language}/platform/notifications/unsubscribe/{token}/")
            assert response.status_code == 400
            assert "private" in response["Cache-Control"]
    html = response.content.decode()
    assert {
        "en": "This unsubscribe link is incomplete or too old. Nothing was changed.",
        "fr": "Ce lien de désabonnement est incomplet ou trop ancien.",
        "es": "Este enlace para darse de baja está incompleto o es demasiado antiguo.",
    }[language] in html
    assert not Preference.objects.exists()


def test_an_expired_link_gives_the_same_clear_page(client, awa, monkeypatch):
    path = path_of(unsubscribe_url(awa.user, Kind.REPLY))
    monkeypatch.setattr("notifications.unsubscribe.MAX_AGE", -1)
    response = client.post(path)
    assert response.status_code == 400
    assert "too old" in response.content.decode()
    assert not Preference.objects.exists()


def test_a_muted_kind_is_no_longer_emailed(
    client, awa, pablo, tell, django_capture_on_commit_callbacks
):
    client.post(path_of(unsubscribe_url(pablo.user, Kind.REPLY)))
    with django_capture_on_commit_callbacks(execute=True):
        tell([pablo], Kind.REPLY, actor=awa.user)
        tell([pablo], Kind.MENTION, actor=awa.user)
    assert [email.subject for email in mail.outbox] == ["Awa Ndiaye le ha mencionado en «Biochar»"]
