"""Tests: fast hashing, in-memory e-mail and cache, no network (oEmbed is faked)."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES["default"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}  # noqa: F405
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WAGTAILEMBEDS_FINDERS = [{"class": "tests.fakes.LocalEmbedFinder"}]
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# Documents and images written by tests (and the initial content) stay out of the project, one
# folder per pytest-xdist worker (the backup test compares a whole folder with its restore).
MEDIA_ROOT = Path(tempfile.gettempdir()) / (
    "fourpermille-test-media" + os.environ.get("PYTEST_XDIST_WORKER", "")
)
