"""Production without Redis: rate limits are counted in PostgreSQL, so two app servers (two
processes here) share them instead of each granting its own allowance."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="production runs on PostgreSQL only (DATABASE_URL, as in CI)",
    ),
]

ROOT = Path(__file__).resolve().parent.parent.parent
# One attempt allowed per hour: the second, wherever it is made, is refused.
ATTEMPT = (
    "import django; django.setup()\n"
    "from django.conf import settings\n"
    "from sitewide.limits import within_rate_limit\n"
    "print(settings.CACHES['default']['BACKEND'].rsplit('.', 1)[-1],\n"
    "      within_rate_limit('password-reset-address', 'camille@example.org', (1, 3600)))\n"
)


def production(*args):
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "DJANGO_SETTINGS_MODULE")},
        "DJANGO_SETTINGS_MODULE": "fourpermille.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "4p1000.org",
        "DATABASE_URL": f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT'] or 5432}/"
        f"{db['NAME']}",
    }
    result = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_two_app_servers_share_one_rate_limit_without_redis():
    production("manage.py", "createcachetable")  # as `manage.py release` does
    production("manage.py", "shell", "-c", "from django.core.cache import cache; cache.clear()")

    first = production("-c", ATTEMPT)
    second = production("-c", ATTEMPT)

    assert first == ["DatabaseCache", "True"]
    assert second == ["DatabaseCache", "False"]
