"""The first administrator account, as `make run` makes it: a password given is never printed."""

import io

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def ensure_admin(monkeypatch, **env):
    for name in ("ADMIN_USERNAME", "ADMIN_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


def test_ensure_admin_never_prints_a_password_it_was_given(monkeypatch):
    created = ensure_admin(monkeypatch, ADMIN_PASSWORD="given-Secret-42")
    reset = ensure_admin(monkeypatch, ADMIN_PASSWORD="other-Secret-43")

    assert "given-Secret-42" not in created
    assert "other-Secret-43" not in reset
    assert "ADMIN_PASSWORD" in created
    assert User.objects.get(username="admin").check_password("other-Secret-43")


def test_ensure_admin_prints_the_password_it_made_up(monkeypatch):
    output = ensure_admin(monkeypatch)

    password = output.rsplit("with password: ", 1)[1].strip()
    assert User.objects.get(username="admin").check_password(password)
