"""What an operator relies on when something goes wrong in the stack `make serve` runs: a
request for an unknown host never reaches Django, and a killed HTTP cache comes back by itself
without the other processes restarting."""

import http.client
import os
import signal
import socket
import ssl
import time
from pathlib import Path

import pytest
import requests

from .conftest import descendants, process_state

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
