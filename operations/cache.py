"""Django's Redis cache, made optional: while Redis does not answer, the site is served from
the database (slower) instead of failing.

- A call Redis cannot answer is a miss (`get` gives the default, `get_many` nothing), a write
  is dropped, and `incr` raises ValueError as for a missing key, so every caller takes its
  "not cached" path. Redis is then left alone for `RETRY_AFTER` seconds, so a dead server
  costs one short time-out (`TIMEOUT`) per process per second, not one per cache call.
- One warning a minute at most goes to the log (never an e-mail).
- When Redis answers again, the site's keys are dropped if writes were lost meanwhile: an
  invalidation missed during the outage (a publication's) must not bring back old fragments.
- One redis-py client per connection pool: Django's builds a new `redis.Redis` for every call,
  and that object's set-up (its table of reply handlers) took about a tenth of a cached page.
"""

import logging
import threading
import time

from django.core.cache.backends import redis as django_redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Refused, timed out, or an answer that is not Redis's (a full or read-only server included).
UNAVAILABLE = RedisError
# Seconds: to connect or to get an answer (Redis answers in well under a millisecond), and
# between two attempts once it failed.
TIMEOUT = 0.25
RETRY_AFTER = 1.0
WARN_EVERY = 60.0


class RedisCacheClient(django_redis.RedisCacheClient):
    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_clients", {})
        if id(pool) not in clients:
            clients[id(pool)] = self._client(connection_pool=pool)
        return clients[id(pool)]


class Outage:
    """What this process knows of one Redis server's availability (shared by its threads,
    each of which has its own cache object)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.retry_at = None  # None while Redis answers
        self.warned_at = None
        self.lost_writes = False

    def failed(self, location, error, write):
        with self.lock:
            now = time.monotonic()
            self.retry_at = now + RETRY_AFTER
            self.lost_writes = self.lost_writes or write
            if self.warned_at is None or now - self.warned_at >= WARN_EVERY:
                self.warned_at = now
                warn = True
            else:
                warn = False
        if warn:
            logger.warning(
                "The cache (Redis at %s) does not answer (%s): pages are served from the "
                "database until it does. At most one such warning a minute.",
                location,
                error,
            )


_outages = {}
_outages_lock = threading.Lock()


def _outage(location):
    with _outages_lock:
        return _outages.setdefault(location, Outage())


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        options = {"socket_connect_timeout": TIMEOUT, "socket_timeout": TIMEOUT}
        params = {**params, "OPTIONS": {**options, **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        self._class = RedisCacheClient
        self._outage = _outage(",".join(self._servers))

    def ping(self):
        """True when Redis answers now (asked even while calls are held back)."""
        try:
            self._cache.get_client(write=True).ping()
            self._recovered()
        except UNAVAILABLE as error:  # also when it fails again while keys are dropped
            self._outage.failed(self._location(), error, write=False)
            return False
        return True

    def _location(self):
        # The address without a password.
        return ", ".join(server.rsplit("@", 1)[-1] for server in self._servers)

    def _recovered(self):
        outage = self._outage
        if outage.retry_at is None:
            return
        if outage.lost_writes:
            self._forget_everything()
        with outage.lock:
            outage.lost_writes = False
            outage.retry_at = None
        logger.info("The cache (Redis at %s) answers again.", self._location())

    def _forget_everything(self):
        """Drop this site's keys (the others in the database are not ours to drop)."""
        client = self._cache.get_client(write=True)
        pattern = f"{self.key_prefix}:*" if self.key_prefix else "*"
        batch = []
        for key in client.scan_iter(match=pattern, count=1000):
            batch.append(key)
            if len(batch) == 1000:
                client.unlink(*batch)
                batch = []
        if batch:
            client.unlink(*batch)

    def _call(self, write, fallback, method, *args, **kwargs):
        outage = self._outage
        if outage.retry_at is not None:
            if time.monotonic() < outage.retry_at:
                if write:
                    outage.lost_writes = True
                return fallback()
            if not self.ping():
                if write:
                    outage.lost_writes = True
                return fallback()
        try:
            return method(*args, **kwargs)
        except UNAVAILABLE as error:
            outage.failed(self._location(), error, write)
            return fallback()

    def get(self, key, default=None, version=None):
        return self._call(False, lambda: default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._call(False, dict, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._call(False, lambda: False, super().has_key, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(True, lambda: False, super().add, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(True, lambda: None, super().set, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # The keys not stored, as Django's other backends report them.
        return self._call(True, lambda: list(data), super().set_many, data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(True, lambda: False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(True, lambda: False, super().delete, key, version)

    def delete_many(self, keys, version=None):
        return self._call(True, lambda: None, super().delete_many, keys, version)

    def incr(self, key, delta=1, version=None):
        def missing():
            # What Django raises for a key it does not hold: callers start a new count.
            raise ValueError(f"Key '{key}' not found (the cache does not answer).")

        return self._call(True, missing, super().incr, key, delta, version)

    def clear(self):
        return self._call(True, lambda: False, super().clear)
