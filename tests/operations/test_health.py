"""/healthz tells a load balancer or a monitor whether the site can serve pages."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

# Nothing listens on port 9 of this machine.
UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
    }
}


def test_healthy_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"]


@override_settings(CACHES=UNREACHABLE_REDIS)
def test_unavailable_when_the_configured_cache_does_not_answer(client):
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.content == b"unavailable: cache\n"
    assert "no-store" in response["Cache-Control"]
