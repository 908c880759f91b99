"""/healthz tells a load balancer or a monitor whether the site can serve pages."""

import pytest
from django.db import OperationalError
from django.test import override_settings

pytestmark = pytest.mark.django_db


def unreachable_redis(backend):
    # Nothing listens on port 9 of this machine.
    return {"default": {"BACKEND": backend, "LOCATION": "redis://127.0.0.1:9/0"}}


def test_healthy_when_the_database_and_the_cache_answer(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    "backend", ["operations.cache.RedisCache", "django.core.cache.backends.redis.RedisCache"]
)
def test_degraded_but_in_service_when_only_the_cache_does_not_answer(client, backend):
    # The pages are served from the database meanwhile: the node stays in the load balancer.
    with override_settings(CACHES=unreachable_redis(backend)):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"degraded: cache\n"
    assert "no-store" in response["Cache-Control"]


def test_unavailable_when_the_database_does_not_answer(client, monkeypatch):
    def no_database(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("django.db.backends.base.base.BaseDatabaseWrapper.cursor", no_database)
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.content == b"unavailable: database\n"
