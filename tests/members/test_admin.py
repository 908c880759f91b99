"""The Secretariat's list of members: status, resend the login, deactivate, export."""

import csv
import datetime
import io

import pytest
from django.core import mail
from django.utils import timezone

from editorial.roles import setup_roles
from members.models import SecretariatMessage
from tests.editorial.factories import UserFactory as EditorialUserFactory

from .factories import MemberProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretariat(client, home_page):
    setup_roles(log=lambda message: None)
    client.force_login(EditorialUserFactory(username="moderator", groups=["Moderators"]))
    return client


@pytest.fixture
def statuses(home_page):
    now = timezone.now()
    return {
        "active": MemberProfileFactory(user__first_name="Active", user__last_login=now),
        "invited": MemberProfileFactory(user__first_name="Invited", invited_at=now),
        "never": MemberProfileFactory(
            user__first_name="Never", invited_at=now - datetime.timedelta(days=60)
        ),
        "off": MemberProfileFactory(user__first_name="Off", user__is_active=False),
    }


def test_the_list_shows_each_members_status_and_filters_by_it(secretariat, statuses):
    html = secretariat.get("/admin/platform/members/").content.decode()
    for name, status in [
        ("Active", "Active"),
        ("Invited", "Invited"),
        ("Never", "Never signed in"),
        ("Off", "Deactivated"),
    ]:
        assert f"{name} Diallo" in html and f"<td>{status}</td>" in html
    never = secretariat.get("/admin/platform/members/?status=never-signed-in").content.decode()
    assert "Never Diallo" in never and "Invited Diallo" not in never
    assert secretariat.get("/admin/platform/members/?status=junk&page=x").status_code == 200


def test_resend_deactivate_and_reactivate(secretariat, statuses):
    never = statuses["never"]
    secretariat.post(f"/admin/platform/members/{never.pk}/resend/")
    (message,) = mail.outbox
    assert message.to == [never.user.email]
    never.refresh_from_db()
    assert never.must_change_password and never.status == "invited"

    secretariat.post(f"/admin/platform/members/{never.pk}/deactivate/")
    never.user.refresh_from_db()
    assert not never.user.is_active
    secretariat.post(f"/admin/platform/members/{never.pk}/reactivate/")
    never.user.refresh_from_db()
    assert never.user.is_active
    # Nothing else can be done to a member from here.
    response = secretariat.post(f"/admin/platform/members/{never.pk}/delete/", follow=True)
    assert response.status_code == 404
    assert type(never.user).objects.filter(pk=never.user.pk, is_active=True).exists()


def test_the_export_is_formula_safe(secretariat, home_page):
    MemberProfileFactory(user__first_name="=HYPERLINK(1)", organisation_name="+Soils")
    response = secretariat.get("/admin/platform/members/?export=csv")
    assert response["Content-Disposition"] == 'attachment; filename="platform-members.csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert rows[0]["name"] == "'=HYPERLINK(1) Diallo"
    assert rows[0]["organisation"] == "'+Soils"
    assert rows[0]["status"] == "invited"


def test_messages_to_the_secretariat_are_listed_in_the_admin(secretariat, home_page):

    SecretariatMessage.objects.create(
        sender_name="Ana García",
        sender_email="ana@example.org",
        subject="Mi contraseña",
        body="Hola",
    )
    html = secretariat.get("/admin/secretariat_messages/").content.decode()
    assert "Mi contraseña" in html and "ana@example.org" in html
