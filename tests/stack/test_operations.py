"""What an operator relies on when something goes wrong in the stack `make serve` runs: a
request for an unknown host never reaches Django, a killed HTTP cache comes back by itself
without the other processes restarting, and the site serves every page while Redis is down."""

import http.client
import os
import re
import signal
import socket
import ssl
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

from .conftest import SITE_HOSTNAME, descendants, process_state

UNKNOWN_HOST = "scanner.example"


def test_nginx_closes_a_plain_http_request_for_an_unknown_host(stack):
    connection = http.client.HTTPConnection("127.0.0.1", stack.http_port, timeout=30)
    connection.request("GET", "/", headers={"Host": UNKNOWN_HOST})

    with pytest.raises(http.client.RemoteDisconnected):
        connection.getresponse()
    connection.close()
    assert UNKNOWN_HOST not in stack.log.read_text()  # Django never saw it


def test_nginx_closes_an_https_request_for_an_unknown_host(stack):
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    # make serve's site is also known as 127.0.0.1, asked without a name (SNI), so the
    # handshake completes; nginx refuses the request by its Host header.
    with (
        socket.create_connection(("127.0.0.1", stack.https_port), timeout=30) as raw,
        context.wrap_socket(raw, server_hostname=UNKNOWN_HOST) as tls,
    ):
        tls.sendall(f"GET / HTTP/1.1\r\nHost: {UNKNOWN_HOST}\r\n\r\n".encode())
        assert tls.recv(1024) == b""
    assert UNKNOWN_HOST not in stack.log.read_text()


def parent(pid):
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])


def is_varnishd(pid):
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().startswith(b"/usr/sbin/varnishd\0")
    except OSError:
        return False


def test_a_killed_varnish_is_started_again_and_nothing_else_restarts(stack):
    processes = descendants(stack.process.pid)
    varnish = [pid for pid in processes if is_varnishd(pid)]
    (manager,) = [pid for pid in varnish if parent(pid) not in varnish]
    others = {pid: process_state(pid) for pid in processes if pid not in varnish}
    assert stack.get("/en/").status_code == 200

    os.kill(manager, signal.SIGKILL)
    killed = time.monotonic()
    status = None
    while time.monotonic() - killed < 30 and status != 200:
        time.sleep(0.2)
        try:
            status = stack.get("/en/").status_code
        except requests.ConnectionError:
            status = None
    answered_after = time.monotonic() - killed
    now = descendants(stack.process.pid)
    stack.remember(now)

    assert status == 200
    assert answered_after < 5
    assert {pid for pid in now if is_varnishd(pid)}.isdisjoint(varnish)  # a new Varnish
    assert {pid: process_state(pid) for pid in others} == others  # the rest untouched


def test_with_redis_stopped_every_page_is_served_and_healthz_says_degraded(stack):
    if stack.own_redis is None:
        pytest.skip("STACK_REDIS_URL names a shared Redis, which is not this test's to stop")
    sitemap = stack.get("/sitemap.xml").text
    paths = [urlsplit(url).path for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    # Straight to gunicorn: Varnish would answer from its own cache.
    app = f"http://{stack.env['APP_BIND']}"
    headers = {"Host": SITE_HOSTNAME, "X-Forwarded-Proto": "https"}

    def get(path):
        return requests.get(app + path, headers=headers, allow_redirects=False, timeout=30)

    logged_before = len(stack.log.read_text())
    stack.own_redis.stop()
    try:
        started = time.monotonic()
        statuses = {path: get(path).status_code for path in paths}
        seconds = time.monotonic() - started
        health = get("/healthz")
    finally:
        stack.own_redis.start()
    time.sleep(1.5)  # Redis is tried again a second after it failed
    recovered = get("/healthz")
    log = stack.log.read_text()[logged_before:]

    assert len(paths) > 50
    assert {path: status for path, status in statuses.items() if status != 200} == {}
    assert (health.status_code, health.text) == (200, "degraded: cache\n")
    assert (recovered.status_code, recovered.text) == (200, "ok\n")
    # One warning a minute at most in each of the two workers, no error (nothing mailed).
    warnings = [line for line in log.splitlines() if "WARNING operations.cache" in line]
    assert 1 <= len(warnings) <= 2 * (1 + int(seconds // 60))
    assert "ERROR" not in log
