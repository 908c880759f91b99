"""A Redis outage slows the site down but does not break it: every page is served from the
database, /healthz says "degraded" (the node stays in the load balancer), the log gets one
warning a minute rather than a mail a request, and the cache comes back by itself, without
old fragments that a publication during the outage should have dropped."""

import logging
import time

import pytest
from django.core import mail

from operations import cache as redis_cache_backend
from sitewide.limits import within_rate_limit
from tests.helpers import load_initial_content, sitemap_paths
from tests.home.factories import ContentPageFactory

# Beside the pages of the sitemap: feeds, calendars, search, the sitemap itself.
OTHER_PATHS = [
    "/",
    "/sitemap.xml",
    "/robots.txt",
    "/en/news/feed/",
    "/en/news/feed/atom/",
    "/fr/search/?q=sols",
    "/en/search/?q=soil",
]


def warnings_logged(caplog):
    """The cache's warnings (the log is the process's: a browser test's server thread on the
    same worker may log too)."""
    return [
        record
        for record in caplog.records
        if record.levelno >= logging.WARNING and record.name == "operations.cache"
    ]


def back_after_retry():
    time.sleep(redis_cache_backend.RETRY_AFTER + 0.1)


# Not in a transaction: wagtail-localize publishes the translations on commit.
@pytest.mark.django_db(transaction=True)
def test_with_redis_stopped_every_page_is_served_from_the_database(
    root_page, client, redis_cache, caplog
):
    load_initial_content()
    paths = sitemap_paths(client) + OTHER_PATHS
    assert len(paths) > 50
    with_redis = {path: client.get(path).status_code for path in paths}
    assert redis_cache.client().dbsize() > 0  # the pages were cached

    redis_cache.stop()
    caplog.clear()
    started = time.monotonic()
    without_redis = {path: client.get(path).status_code for path in paths}
    health = client.get("/healthz")
    minutes = (time.monotonic() - started) // 60

    assert without_redis == with_redis
    assert set(with_redis.values()) <= {200, 301, 302}
    assert (health.status_code, health.content) == (200, b"degraded: cache\n")
    # One warning a minute at most, from the cache, and nothing mailed.
    warnings = warnings_logged(caplog)
    assert 1 <= len(warnings) <= 1 + minutes
    assert {record.name for record in warnings} == {"operations.cache"}
    assert "does not answer" in warnings[0].getMessage()
    assert mail.outbox == []

    redis_cache.start()
    back_after_retry()
    health = client.get("/healthz")
    assert client.get("/en/").status_code == 200

    assert (health.status_code, health.content) == (200, b"ok\n")
    assert redis_cache.client().dbsize() > 0  # cached again


@pytest.mark.django_db
def test_a_page_published_while_redis_was_away_is_not_shown_old_when_it_returns(
    home_page, client, redis_cache, django_capture_on_commit_callbacks
):
    page = ContentPageFactory(parent=home_page, title="Our work", slug="our-work")
    assert "Our work" in client.get("/en/").content.decode()  # the menu, now cached
    # Redis restarts from its saved data, as after a crash or a reboot.
    redis_cache.save()
    redis_cache.stop()

    page.title = "Our mission"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    during = client.get("/en/").content.decode()
    redis_cache.start()
    back_after_retry()
    after = client.get("/en/").content.decode()

    assert "Our mission" in during
    assert "Our mission" in after
    assert "Our work" not in after


@pytest.mark.django_db
def test_a_redis_that_hangs_costs_a_short_time_out_not_one_per_cache_call(
    home_page, client, redis_cache, monkeypatch
):
    ContentPageFactory(parent=home_page, title="Our work")
    client.get("/en/")
    redis_cache.pause()
    time_outs = []
    failed = redis_cache_backend.Outage.failed

    def counted(outage, *args, **kwargs):
        time_outs.append(time.monotonic())
        return failed(outage, *args, **kwargs)

    monkeypatch.setattr(redis_cache_backend.Outage, "failed", counted)

    started = time.monotonic()
    statuses = [client.get("/en/").status_code for _ in range(5)]
    seconds = time.monotonic() - started
    tried = len(time_outs)
    health = client.get("/healthz")  # asks Redis itself, held back or not
    redis_cache.resume()
    back_after_retry()

    assert statuses == [200] * 5
    # A page asks the cache a dozen times: Redis is tried once, then left alone for
    # RETRY_AFTER seconds, however slow the machine makes the five pages.
    assert 1 <= tried <= 1 + seconds // redis_cache_backend.RETRY_AFTER
    assert health.content == b"degraded: cache\n"
    assert client.get("/healthz").content == b"ok\n"


@pytest.mark.django_db
def test_rate_limits_let_visitors_through_while_redis_is_away(redis_cache):
    # A reset e-mail is worth more than the limit during an outage: the limits fail open.
    assert within_rate_limit("password-reset-address", "camille@example.org", (1, 3600))
    assert not within_rate_limit("password-reset-address", "camille@example.org", (1, 3600))
    redis_cache.stop()

    assert within_rate_limit("password-reset-address", "dominique@example.org", (1, 3600))
    assert within_rate_limit("password-reset-address", "dominique@example.org", (1, 3600))
