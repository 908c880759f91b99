"""Production: refuses to start on anything missing or unsafe; logs to standard output.

Every value comes from the environment (site/deploy/env.example lists them).
"""

import os

from django.core.checks.security.base import (
    SECRET_KEY_MIN_LENGTH,
    SECRET_KEY_MIN_UNIQUE_CHARACTERS,
)
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

# The placeholder of site/deploy/env.example, refused as any other guessable key.
EXAMPLE_SECRET_KEY = "change-me-to-a-random-string-of-at-least-50-characters-made-as-above"

# What `check --deploy` asks of a key (50 characters, 5 different ones at least), and none
# that says it is a placeholder.
if (
    len(SECRET_KEY) < SECRET_KEY_MIN_LENGTH  # noqa: F405
    or len(set(SECRET_KEY)) < SECRET_KEY_MIN_UNIQUE_CHARACTERS  # noqa: F405
    or SECRET_KEY == EXAMPLE_SECRET_KEY  # noqa: F405
    or "insecure" in SECRET_KEY  # noqa: F405
    or "change-me" in SECRET_KEY  # noqa: F405
):
    raise ImproperlyConfigured(
        f"Set SECRET_KEY to a random string of at least {SECRET_KEY_MIN_LENGTH} characters, "
        f"with at least {SECRET_KEY_MIN_UNIQUE_CHARACTERS} different ones, not the example's. "
        "Make one with: python3 -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )
if not os.environ.get("DATABASE_URL"):
    raise ImproperlyConfigured(
        "Set DATABASE_URL to the PostgreSQL database, "
        "e.g. postgres://fourpermille:password@127.0.0.1:5432/fourpermille."
    )
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":  # noqa: F405
    raise ImproperlyConfigured(
        "DATABASE_URL must point at PostgreSQL in production (postgres://…), not "
        f"{DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}: search and backups rely on it."  # noqa: F405
    )

# The public host name of the site: canonical links, the sitemap, calendars and e-mails use
# it (`manage.py release` writes it into the default Site).
SITE_HOSTNAME = os.environ.get("SITE_HOSTNAME", "")
ALLOWED_HOSTS = ALLOWED_HOSTS or ([SITE_HOSTNAME] if SITE_HOSTNAME else [])  # noqa: F405
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "Set SITE_HOSTNAME (or ALLOWED_HOSTS) to the site's host names, comma-separated."
    )
if SITE_HOSTNAME and not os.environ.get("WAGTAILADMIN_BASE_URL"):
    WAGTAILADMIN_BASE_URL = f"https://{SITE_HOSTNAME}"

# Rate limits and cached fragments must be the same for every app server: without Redis they
# live in PostgreSQL (`manage.py release` creates the table), never in one process's memory.
if not os.environ.get("REDIS_URL"):
    CACHES["default"] = {  # noqa: F405
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "django_cache",
    }

# nginx (site/deploy/nginx) terminates TLS, or keeps the X-Forwarded-Proto of a trusted
# upstream terminator, and always sets this header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
# Load balancers probe the health URL over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD", "") == "1"

SILENCED_SYSTEM_CHECKS = [
    # X_FRAME_OPTIONS is SAMEORIGIN (base.py), not DENY: the admin's preview frames the site.
    "security.W019",
    # HSTS preload is a commitment for the whole domain and its subdomains, made by the
    # Initiative with SECURE_HSTS_PRELOAD=1 once every subdomain serves HTTPS.
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
]

# Logs go to standard output (journald under systemd, the terminal under `make serve`), one
# line per record: a server error's traceback stays on its line. ADMINS get each error by mail,
# but not the requests for an unknown host (scanners trying the server's address), logged as a
# warning; nginx refuses most of them itself (site/deploy/nginx).
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        "as_warning": {"()": "operations.log_format.AsWarning"},
    },
    "formatters": {
        "line": {
            "()": "operations.log_format.OneLineFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
        }
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "line",
        },
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["stdout"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": ["stdout", "mail_admins"], "level": LOG_LEVEL, "propagate": False},
        "django.security.DisallowedHost": {
            "handlers": ["stdout"],
            "filters": ["as_warning"],
            "level": "WARNING",
            "propagate": False,
        },
        # Every request already appears in gunicorn's access log.
        "django.server": {"handlers": [], "propagate": False},
    },
}
