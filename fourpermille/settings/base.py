"""Settings shared by every environment. Safe by default: DEBUG off, secrets from the environment."""

import os
from datetime import timedelta
from email.utils import getaddresses
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Project apps first so their templates and translations take precedence.
    "sitewide",
    "home",
    "about",
    "involved",
    "members",
    "notifications",
    "knowledge",
    "projects",
    "discussions",
    "news",
    "events",
    "resources",
    "search",
    "editorial",
    "operations",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    # wagtail.contrib.frontend_cache is used as a library only: installed, its signal handlers
    # would purge single pages inside the publishing transaction (operations/frontend_cache.py
    # empties the cache once it commits).
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "dbbackup",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "operations.middleware.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below WhiteNoise, which serves static files already compressed: HTML and feeds in zstd,
    # brotli or gzip, whichever the client accepts.
    "compression_middleware.middleware.CompressionMiddleware",
    # Above the session and CSRF middleware, so it sees the cookies and Vary they add.
    "sitewide.caching.CacheControlMiddleware",
    # Inside it: documents say `private` themselves, and get a sandbox unless shown inline.
    "operations.middleware.DocumentResponseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The admin in the user's own language, messages Wagtail writes before its views included.
    "editorial.middleware.admin_language",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its lockout answer.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "fourpermille.urls"
WSGI_APPLICATION = "fourpermille.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite file in the project unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
if DATABASES["default"].get("ENGINE") == "django.db.backends.postgresql":
    # A request's query keeps to one core: under a crowd, a parallel plan's helper processes
    # take the cores the other requests wait for (a word on every page at ten times the
    # content: 30 ms on three processes, 21 ms on one).
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["options"] = (
        f"-c max_parallel_workers_per_gather=0 {options.get('options', '')}".strip()
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, local memory otherwise.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "operations.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "fourpermille",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Whole public pages, in each process's memory (sitewide/page_cache.py): at most this many, of
# a few tens of KB each, the least recently used dropped first.
# 0: every page is built for each request (`make bench` measures both).
PAGE_CACHE_ENTRIES = int(os.environ.get("PAGE_CACHE_ENTRIES", "500"))
if PAGE_CACHE_ENTRIES:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "TIMEOUT": None,  # the content version in each key retires old pages
        "OPTIONS": {"MAX_ENTRIES": PAGE_CACHE_ENTRIES},
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: English is the source language; French and Spanish are translations.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
]
# The admin's own languages: the project completes Wagtail's catalogs in these only.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# New translations stay drafts until a moderator publishes them.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "site" / "locale"]
# Day-first English dates, one way per language (see formats/en/formats.py).
FORMAT_MODULE_PATH = ["fourpermille.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static_collected"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    # Documents get an unguessable folder (operations/storage.py).
    "default": {"BACKEND": "operations.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    # `manage.py dbbackup` / `mediabackup` write here (site/deploy/README.md, Backups), for
    # the site's user only (files 0600 in a 0700 folder).
    "dbbackup": {
        "BACKEND": "operations.storage.BackupStorage",
        "OPTIONS": {"location": os.environ.get("BACKUP_DIR", str(BASE_DIR / "backups"))},
    },
}
# Several app servers share their media on S3-compatible object storage once a bucket is named
# (README, Scaling out); credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "operations.storage.ObjectStorage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    # A CDN in front of the bucket's public images, if any.
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    # Plain URLs for images; documents get signed ones that expire (operations/storage.py).
    AWS_QUERYSTRING_AUTH = False
    AWS_QUERYSTRING_EXPIRE = int(os.environ.get("AWS_QUERYSTRING_EXPIRE", "300"))
    AWS_DEFAULT_ACL = None
    AWS_S3_FILE_OVERWRITE = False
# Backups older than the last 14 go when `--clean` is given.
DBBACKUP_CLEANUP_KEEP = int(os.environ.get("BACKUP_KEEP", "14"))
# Backups hold password hashes, applications and declarations: with a GPG key named here (its
# public key in the keyring of the user who runs the backups) every backup is encrypted for it
# (operations/management/commands/dbbackup.py); the private key, kept elsewhere, restores them.
DBBACKUP_GPG_RECIPIENT = os.environ.get("BACKUP_GPG_RECIPIENT") or None
# The operator imported that key for this very purpose: no web of trust to consult.
DBBACKUP_GPG_ALWAYS_TRUST = True

# In the admin user's language ("4 pour 1000", "4 por 1000").
WAGTAIL_SITE_NAME = gettext_lazy("4 per 1000")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database backend; on PostgreSQL each page is stemmed in its own language (search/).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "csv", "zip"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "resources.forms.DocumentForm"
DOCUMENT_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Making an image's renditions grows a worker by about 8 MB a megapixel (measured, README):
# 25 megapixels (a 6000 × 4000 camera photo fits) keep a worker under 400 MB. Larger uploads
# are refused; an older, larger image is not decoded (sitewide/image_budget.py).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 25_000_000
# Documents go through Wagtail's view, which checks the collection's privacy first; the web
# server sends the file itself when SENDFILE_BACKEND=nginx (X-Accel-Redirect to its internal
# /_protected/ location, an alias of MEDIA_ROOT). /media/documents/ is never served directly.
# On object storage the view redirects to a signed URL instead (operations/storage.py).
WAGTAILDOCS_SERVE_METHOD = "redirect" if AWS_STORAGE_BUCKET_NAME else "serve_view"
# Shown in the browser rather than downloaded: PDF only (the browsers' viewers display it and
# run nothing of the page's origin). Office files, CSV and archives are always attachments; no
# image is a document here (WAGTAILDOCS_EXTENSIONS).
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
SENDFILE_BACKENDS = {"nginx": "django_sendfile.backends.nginx"}
if os.environ.get("SENDFILE_BACKEND"):
    SENDFILE_BACKEND = SENDFILE_BACKENDS[os.environ["SENDFILE_BACKEND"]]
    SENDFILE_ROOT = str(MEDIA_ROOT)
    SENDFILE_URL = "/_protected"
# Editors' e-mail hashes stay here, and the admin works offline.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Responsive wrappers would need inline styles; CSS sizes embeds instead (strict CSP).
WAGTAILEMBEDS_RESPONSIVE_HTML = False
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Machine translation: DeepL with the Initiative's glossary when a key is configured, nothing
# otherwise.
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "editorial.machine_translation.GlossaryDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "4 per 1000 <no-reply@4p1000.org>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
# Who is e-mailed each server error: ADMINS="Name <address>, Other <address>".
ADMINS = getaddresses([os.environ.get("ADMINS", "")])
ADMINS = [(name, address) for name, address in ADMINS if address]

# Public pages may be kept this many seconds by browsers and shared caches (sitewide/caching.py).
PUBLIC_CACHE_MAX_AGE = int(os.environ.get("PUBLIC_CACHE_MAX_AGE", "300"))
# A front cache, which every change to content empties (below), may keep them longer: an hour,
# a safety net should a purge be lost. Pages that change with the date (upcoming events) too.
PUBLIC_CACHE_S_MAXAGE = int(os.environ.get("PUBLIC_CACHE_S_MAXAGE", "3600"))
DATED_CACHE_S_MAXAGE = int(os.environ.get("DATED_CACHE_S_MAXAGE", "3600"))
# Fragments are keyed by the content version and so dropped by any change
# (sitewide/site_fragments.py); the timeout only bounds what an idle cache holds.
SITE_FRAGMENTS_TIMEOUT = int(os.environ.get("SITE_FRAGMENTS_TIMEOUT", "3600"))

# The front cache publishing purges (operations/frontend_cache.py): the stack's Varnish, and/or a CDN.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "operations.frontend_cache.VarnishBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
# Translated slugs: each language's page is purged by its own URL (operations/frontend_cache.py),
# not by swapping the language prefix of the English one.
WAGTAILFRONTENDCACHE_LANGUAGES = []

SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

LOGIN_URL = "/admin/login/"
# Visitors of pages restricted to signed-in members sign in on the site, in their language.
WAGTAIL_FRONTEND_LOGIN_URL = "members_login"
# Behind the nginx of site/deploy, the visitor's address is the last X-Forwarded-For hop
# (used by the rate limits and the sign-in lockout).
TRUST_X_FORWARDED_FOR = os.environ.get("TRUST_X_FORWARDED_FOR", "") == "1"

# Sign-in lockout (django-axes, counted in the database so every app server sees it): after
# 10 failures for one account or from one address, that account or address waits 30 minutes,
# or resets its password, which lifts the lockout (members/accounts.py).
AXES_FAILURE_LIMIT = 10
# No start-up banner in the logs (standard output stays the commands' own).
AXES_VERBOSE = False
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "sitewide.limits.client_ip"
AXES_LOCKOUT_CALLABLE = "members.accounts.locked_out"
AXES_RESET_ON_SUCCESS = True
# Password-reset e-mails: (count, seconds) per address asked for and per visitor.
PASSWORD_RESET_RATE_LIMIT = {"address": (3, 3600), "visitor": (10, 3600)}
# Forms sent to the Secretariat from the public pages: (count, seconds) per visitor.
JOIN_FORM_RATE_LIMIT = (10, 3600)
CONTACT_FORM_RATE_LIMIT = (5, 3600)
# Members' messages (to a member or the Secretariat) and profile saves, per member.
MEMBER_MESSAGE_RATE_LIMIT = (10, 3600)
MEMBER_PROFILE_RATE_LIMIT = (30, 3600)
# What a member shares (documents and links) and proposes or asks (joint projects), per member.
MEMBER_SHARE_RATE_LIMIT = (10, 3600)
MEMBER_PROJECT_RATE_LIMIT = (10, 3600)
# New threads and replies in the discussions, together, per member.
DISCUSSION_POST_RATE_LIMIT = (20, 3600)
# Machine translations of posts asked for, per member (each costs a call to DeepL).
DISCUSSION_TRANSLATE_RATE_LIMIT = (60, 3600)

# Content-Security-Policy (django-csp): the public and members' pages load only the site's own
# scripts, styles and images (the templates hold no inline script or style) and frame only the
# video hosts of embeds. The admin gets what Wagtail's interface needs (operations/middleware.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    # Previews and embeds shown in the editor.
    "frame-src": [SELF, "https:"],
}
if AWS_STORAGE_BUCKET_NAME:
    # Images then come from the bucket (or the CDN in front of it).
    MEDIA_ORIGIN = (
        f"https://{AWS_S3_CUSTOM_DOMAIN}"
        if AWS_S3_CUSTOM_DOMAIN
        else "{0.scheme}://{0.netloc}".format(urlsplit(AWS_S3_ENDPOINT_URL))
        if AWS_S3_ENDPOINT_URL
        else "https://*.amazonaws.com"
    )
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(MEDIA_ORIGIN)
    ADMIN_CONTENT_SECURITY_POLICY["img-src"].append(MEDIA_ORIGIN)
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}
