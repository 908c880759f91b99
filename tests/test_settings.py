"""Production settings must refuse to start rather than run insecurely."""

import os
import subprocess
import sys

import pytest

PRODUCTION_IMPORT = [sys.executable, "-c", "import fourpermille.settings.production"]


def run_with(env):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    return subprocess.run(PRODUCTION_IMPORT, env={**clean, **env}, capture_output=True, text=True)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "4p1000.org"}, "Set SECRET_KEY"),
        ({"SECRET_KEY": "short", "ALLOWED_HOSTS": "4p1000.org"}, "Set SECRET_KEY"),
        ({"SECRET_KEY": "x" * 50}, "Set ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_secrets(env, message):
    result = run_with(env)

    assert result.returncode != 0
    assert message in result.stderr


def test_production_starts_with_real_secrets():
    result = run_with({"SECRET_KEY": "k" * 50, "ALLOWED_HOSTS": "4p1000.org"})

    assert result.returncode == 0, result.stderr
