"""/healthz for load balancers and monitoring: 200 when the database and the cache answer."""

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
    cache.set("healthz", "ok", timeout=10)
    return cache.get("healthz") == "ok"


@never_cache
@require_safe
def healthz(request):
    failed = []
    for name, check in (("database", _database), ("cache", _cache)):
        try:
            ok = check()
        except Exception:  # noqa: BLE001 - any failure means "not healthy", said below
            ok = False
        if not ok:
            failed.append(name)
    if failed:
        return HttpResponse(
            f"unavailable: {', '.join(failed)}\n", status=503, content_type="text/plain"
        )
    return HttpResponse("ok\n", content_type="text/plain")
