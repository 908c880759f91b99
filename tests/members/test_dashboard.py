"""The dashboard: what is new since the member's last visit, and the first-visit checklist."""

import datetime

import pytest
from django.utils import timezone

from tests.events.factories import EventIndexPageFactory, EventPageFactory

from .factories import PASSWORD, MemberProfileFactory

pytestmark = pytest.mark.django_db


def test_new_members_since_the_last_visit(member_client, member):
    now = timezone.now()
    MemberProfileFactory(user__first_name="Old", created_at=now - datetime.timedelta(days=30))
    MemberProfileFactory(user__first_name="Fresh", created_at=now - datetime.timedelta(hours=1))
    member.previous_visit = now - datetime.timedelta(days=2)
    member.save()
    html = member_client.get("/en/platform/").content.decode()
    assert "New members since your last visit" in html
    assert "Fresh Diallo" in html
    assert "Old Diallo" not in html


def test_the_previous_visit_is_remembered_at_sign_in(client, member):
    seen = timezone.now() - datetime.timedelta(days=3)
    member.last_seen = seen
    member.save()
    client.post("/en/account/login/", {"username": member.user.username, "password": PASSWORD})
    member.refresh_from_db()
    assert member.previous_visit == seen


def test_the_checklist_shows_what_is_left_to_do_then_goes(member_client, member):
    member.country = ""
    member.save()
    html = member_client.get("/fr/platform/").content.decode()
    assert "Vos premiers pas" in html
    assert (
        'À faire\u00a0:</span> <a href="/fr/platform/profile/">Compléter votre profil</a>' in html
    )
    assert "Fait\u00a0:</span> Choisir votre propre mot de passe" in html

    member.country = "SN"
    member.save()
    assert "Vos premiers pas" not in member_client.get("/fr/platform/").content.decode()


def test_the_sign_in_page_offers_a_way_back_for_a_forgotten_login(client, home_page):
    html = client.get("/es/account/login/").content.decode()
    assert '<a href="/es/account/password-reset/">¿Ha olvidado su nombre de usuario?</a>' in html
    reset = client.get("/es/account/password-reset/").content.decode()
    assert "El correo también le indica su nombre de usuario." in reset


def test_the_initiatives_next_meetings_are_on_the_dashboard(member_client, home_page):
    events = EventIndexPageFactory(parent=home_page)
    EventPageFactory(parent=events, title="Meeting of the partners in Dakar")
    html = member_client.get("/en/platform/").content.decode()
    assert "Meeting of the partners in Dakar" in html
