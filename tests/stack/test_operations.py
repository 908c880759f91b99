"""What an operator relies on when something goes wrong in the stack `make serve` runs: a
request for an unknown host never reaches Django."""

import http.client
import socket
import ssl

import pytest

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
