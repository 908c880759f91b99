"""/healthz for load balancers and monitoring.

200 "ok" when the database and the cache answer; 200 "degraded: cache" when only the cache
(Redis) does not: the site still serves every page from the database, slower, so the node
stays in the load balancer; 503 when the database does not answer.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return True


def _cache():
    # An in-process cache cannot be down; only a configured server (Redis) is checked.
    if settings.CACHES["default"]["BACKEND"] in LOCAL_CACHES:
        return True
    # operations.cache.RedisCache hides an outage from the pages; it is asked directly.
    if hasattr(cache, "ping"):
        return cache.ping()
    cache.set("healthz", "ok", timeout=10)
    return cache.get("healthz") == "ok"


def _answers(check):
    try:
        return check()
    except Exception:  # noqa: BLE001 - any failure means "does not answer"
        return False


def _text(response_text, status=200):
    return HttpResponse(response_text, status=status, content_type="text/plain")


@never_cache
@require_safe
def healthz(request):
    if not _answers(_database):
        return _text("unavailable: database\n", status=503)
    if not _answers(_cache):
        return _text("degraded: cache\n")
    return _text("ok\n")
