"""Security headers and the admin's privacy towards third parties."""

import pytest
from django.contrib.auth.models import User

pytestmark = pytest.mark.django_db


def directives(header):
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


def test_public_pages_have_a_strict_content_security_policy(client, home_page):
    response = client.get("/en/")

    policy = directives(response["Content-Security-Policy"])
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_members_sign_in_has_the_strict_policy_and_the_admin_its_own(client, home_page):
    members = directives(client.get("/fr/account/login/")["Content-Security-Policy"])
    assert members["script-src"] == ["'self'"]

    admin = client.get("/admin/login/")
    policy = directives(admin["Content-Security-Policy"])
    # Wagtail's interface needs inline scripts and styles; nothing loads from elsewhere.
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


def test_the_admin_sends_no_e_mail_hash_to_gravatar(client, home_page):
    user = User.objects.create_superuser("camille", "camille@example.org", "pw")
    client.force_login(user)

    page = client.get("/admin/").content.decode()

    assert "gravatar" not in page.lower()
