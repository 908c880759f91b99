"""Password guessing: sign-in lockouts (django-axes) on the admin and the members' login,
password-reset e-mails limited, and where members land after signing in."""

import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import override_settings
from wagtail.models import PageViewRestriction

from sitewide.content_loading import synchronise_trees

from .factories import MembersPageFactory

pytestmark = pytest.mark.django_db

ATTACKER = "203.0.113.7"
ELSEWHERE = "198.51.100.20"
ADMIN_LOGIN = "/admin/login/"


@pytest.fixture
def editor(db):
    return User.objects.create_user(
        "camille", "camille@example.org", "right-password-2016", is_staff=True, is_superuser=True
    )


@pytest.fixture
def member(db):
    return User.objects.create_user("awa", "awa@example.org", "soil-carbon-2016")


def sign_in(client, url, username, password, address, **extra):
    return client.post(
        url, {"username": username, "password": password}, REMOTE_ADDR=address, **extra
    )


def test_ten_wrong_passwords_lock_the_admin_login_for_that_account(client, editor, home_page):
    for _attempt in range(9):
        assert sign_in(client, ADMIN_LOGIN, "camille", "guess", ATTACKER).status_code == 200
    locked = sign_in(client, ADMIN_LOGIN, "camille", "guess", ATTACKER)
    assert locked.status_code == 429
    assert "too many failed attempts" in locked.content.decode()
    assert "/en/account/password-reset/" in locked.content.decode()

    # The right password no longer opens the account, from anywhere, for a while.
    for address in (ATTACKER, ELSEWHERE):
        response = sign_in(client, ADMIN_LOGIN, "camille", "right-password-2016", address)
        assert response.status_code == 429
        assert "_auth_user_id" not in client.session


def test_ten_failures_from_one_address_lock_that_address(client, editor, home_page):
    for n in range(10):
        sign_in(client, ADMIN_LOGIN, f"someone{n}", "guess", ATTACKER)
    assert sign_in(client, ADMIN_LOGIN, "camille", "right-password-2016", ATTACKER).status_code == (
        429
    )
    # The account itself was not attacked: its owner signs in from their own connection.
    response = sign_in(client, ADMIN_LOGIN, "camille", "right-password-2016", ELSEWHERE)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_members_lockout_is_in_the_visitors_language_and_a_password_reset_lifts_it(
    client, member, home_page
):
    for _attempt in range(10):
        response = sign_in(client, "/fr/account/login/", "awa", "guess", ATTACKER)
    assert response.status_code == 429
    page = response.content.decode()
    assert "trop de tentatives" in page
    assert 'href="/fr/account/password-reset/"' in page
    assert response["Retry-After"] == "1800"

    client.post("/fr/account/password-reset/", {"email": "awa@example.org"}, REMOTE_ADDR=ELSEWHERE)
    link = re.search(r"https?://[^/\s]+(/fr/account/password-reset/\S+/)", mail.outbox[0].body)
    form_url = client.get(link.group(1))["Location"]
    client.post(
        form_url, {"new_password1": "new-soil-carbon-25", "new_password2": "new-soil-carbon-25"}
    )
    response = sign_in(client, "/fr/account/login/", "awa", "new-soil-carbon-25", ATTACKER)
    assert response.status_code == 302


@override_settings(PASSWORD_RESET_RATE_LIMIT={"address": (3, 3600), "visitor": (5, 3600)})
@pytest.mark.parametrize("url", ["/en/account/password-reset/", "/admin/password_reset/"])
def test_password_reset_e_mails_are_limited_per_address_and_per_visitor(url, client, member):
    for _attempt in range(4):
        response = client.post(url, {"email": "awa@example.org"}, REMOTE_ADDR=ATTACKER)
    assert len(mail.outbox) == 3
    assert response.status_code == 429
    assert "requested too often" in response.content.decode()

    # One visitor asking for many addresses is stopped too.
    for n in range(2):
        response = client.post(url, {"email": f"other{n}@example.org"}, REMOTE_ADDR=ATTACKER)
    assert response.status_code == 429
    # Someone else asking for their own address is not.
    response = client.post(url, {"email": "camille@example.org"}, REMOTE_ADDR=ELSEWHERE)
    assert response.status_code == 302


def test_members_without_next_land_on_the_platform_dashboard_in_their_language(
    client, member, get_involved, translate, fr
):
    area = MembersPageFactory(parent=get_involved)
    PageViewRestriction.objects.create(page=area, restriction_type=PageViewRestriction.LOGIN)
    translate(get_involved.get_parent(), fr, {"Welcome to the Initiative": "Bienvenue"})
    synchronise_trees()

    response = sign_in(client, "/fr/account/login/", "awa", "soil-carbon-2016", ATTACKER)
    assert response.status_code == 302
    assert response["Location"] == "/fr/platform/"
    dashboard = client.get(response["Location"])
    assert dashboard.status_code == 200
    assert '<html lang="fr"' in dashboard.content.decode()
