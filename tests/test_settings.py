"""Production settings refuse to start rather than run insecurely, and log what goes wrong."""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

# The placeholder an operator copies from the example environment file.
EXAMPLE_SECRET_KEY = re.search(
    r"^SECRET_KEY=(.+)$",
    (Path(__file__).parent.parent / "site/deploy/env.example").read_text(),
    re.MULTILINE,
).group(1)
SETUP = "import django; django.setup()"
GOOD = {
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "4p1000.org",
    "DATABASE_URL": "postgres://fourpermille@127.0.0.1:5432/fourpermille",
}
CONTROLLED = {*GOOD, "SITE_HOSTNAME", "WAGTAILADMIN_BASE_URL", "LOG_LEVEL", "ADMINS"}


def run_production(code, env):
    clean = {k: v for k, v in os.environ.items() if k not in CONTROLLED}
    clean["DJANGO_SETTINGS_MODULE"] = "fourpermille.settings.production"
    return subprocess.run(
        [sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({**GOOD, "SECRET_KEY": ""}, "SECRET_KEY"),
        ({**GOOD, "SECRET_KEY": EXAMPLE_SECRET_KEY}, "SECRET_KEY"),
        ({**GOOD, "DATABASE_URL": ""}, "DATABASE_URL"),
        ({**GOOD, "DATABASE_URL": "sqlite:///db.sqlite3"}, "DATABASE_URL"),
        ({**GOOD, "ALLOWED_HOSTS": ""}, "SITE_HOSTNAME (or ALLOWED_HOSTS)"),
    ],
)
def test_production_refuses_to_start(env, variable):
    result = run_production(SETUP, env)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"{variable} " in result.stderr.splitlines()[-1]


@pytest.mark.parametrize(
    "key",
    [
        secrets.token_urlsafe(36)[:49],  # random, but one character short
        "k" * 60,  # long enough, one character
        "abcd" * 15,  # four different characters
        "django-insecure-" + secrets.token_urlsafe(50),
    ],
    # Named, not by their random value: every test worker must collect the same tests.
    ids=["too-short", "one-character", "four-characters", "django-insecure"],
)
def test_production_refuses_a_weak_secret_key_and_says_how_to_make_one(key):
    result = run_production(SETUP, {**GOOD, "SECRET_KEY": key})

    assert result.returncode != 0
    message = result.stderr.splitlines()[-1]
    assert "at least 50 characters, with at least 5 different ones" in message
    assert "python3 -c 'import secrets; print(secrets.token_urlsafe(50))'" in message


def test_production_takes_the_key_the_message_says_how_to_make():
    command = ["python3", "-c", "import secrets; print(secrets.token_urlsafe(50))"]
    key = subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()

    result = run_production(f"{SETUP}; print('started')", {**GOOD, "SECRET_KEY": key})

    assert result.stdout == "started\n", result.stderr


def test_production_starts_and_takes_its_urls_from_the_site_hostname():
    env = {**GOOD, "ALLOWED_HOSTS": "", "SITE_HOSTNAME": "www.4p1000.test"}
    code = f"{SETUP}; from django.conf import settings as s; print(s.ALLOWED_HOSTS, s.WAGTAILADMIN_BASE_URL)"

    result = run_production(code, env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['www.4p1000.test'] https://www.4p1000.test"


def test_a_server_error_writes_its_traceback_to_standard_output():
    # The database is down (nothing listens on port 9): the page cannot be served.
    env = {**GOOD, "ALLOWED_HOSTS": "testserver", "DATABASE_URL": "postgres://x@127.0.0.1:9/x"}
    code = (
        f"{SETUP}; from django.test import Client;"
        "print('status', Client(raise_request_exception=False).get('/en/', secure=True).status_code)"
    )

    result = run_production(code, env)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "status 500"
    error = next(line for line in lines if "ERROR django.request" in line)
    assert "Internal Server Error: /en/" in error
    assert "Traceback (most recent call last)" in error
    assert "OperationalError" in error


def test_a_request_for_an_unknown_host_is_logged_as_a_warning_and_not_mailed():
    # Scanners use the server's address as Host; a server error (the database is down) is
    # still mailed to the admins, once.
    env = {
        **GOOD,
        "ALLOWED_HOSTS": "testserver",
        "DATABASE_URL": "postgres://x@127.0.0.1:9/x",
        "ADMINS": "Secretariat <secretariat@4p1000.test>",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    code = (
        f"{SETUP}; from django.core import mail; from django.test import Client;"
        "client = Client(raise_request_exception=False);"
        "print('unknown host', client.get('/en/', secure=True, HTTP_HOST='203.0.113.7').status_code);"
        "print('server error', client.get('/en/', secure=True).status_code);"
        "print('mails', [message.subject for message in mail.outbox])"
    )

    result = run_production(code, env)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "unknown host 400" in lines
    assert "server error 500" in lines
    assert lines[-1] == "mails ['[Django] ERROR (EXTERNAL IP): Internal Server Error: /en/']"
    refused = [line for line in lines if "DisallowedHost" in line]
    assert len(refused) == 1
    assert (
        " WARNING django.security.DisallowedHost Invalid HTTP_HOST header: '203.0.113.7'"
        in refused[0]
    )
    assert "Traceback" not in refused[0]
