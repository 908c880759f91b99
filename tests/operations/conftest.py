import os
import shutil
import signal
import socket
import subprocess
import time

import pytest
import redis


class RedisServer:
    """A Redis of the test's own, on a free port, that the test may stop, pause and restart
    (the machine's Redis is never touched). Its data is saved in `folder` only when asked."""

    def __init__(self, folder):
        self.folder = folder
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis(port=self.port)
        for _ in range(100):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        pytest.fail("redis-server did not start")

    def client(self):
        return redis.Redis(port=self.port)

    def save(self):
        """Write what it holds to disk, so that a restart brings it back."""
        self.client().save()

    def stop(self):
        self.resume()
        self.process.terminate()
        self.process.wait(timeout=10)

    def pause(self):
        """As a server that hangs: connections are accepted but never answered."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)


@pytest.fixture
def redis_server(tmp_path):
    if not shutil.which("redis-server") and not os.environ.get("CI"):
        pytest.skip("needs redis-server (apt-get install redis-server)")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    if server.process.poll() is None:
        server.stop()


@pytest.fixture
def redis_cache(redis_server, settings):
    """The site's cache is Redis, as in production (REDIS_URL)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "operations.cache.RedisCache",
            "LOCATION": redis_server.url,
            "KEY_PREFIX": "fourpermille",
        }
    }
    return redis_server
