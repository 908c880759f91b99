"""Django's Redis cache, with one redis-py client per connection pool.

Django's own client builds a new `redis.Redis` for every cache call, and that object's set-up
(its table of reply handlers) took about a tenth of a cached page's time here. A client is
thread-safe and holds nothing but its pool, so one per pool is kept and reused.
"""

from django.core.cache.backends import redis as django_redis


class RedisCacheClient(django_redis.RedisCacheClient):
    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        clients = self.__dict__.setdefault("_clients", {})
        if id(pool) not in clients:
            clients[id(pool)] = self._client(connection_pool=pool)
        return clients[id(pool)]


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
