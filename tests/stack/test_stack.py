"""What a visitor and an operator see of the stack `make serve` runs (nginx, gunicorn,
production settings, PostgreSQL), asked from outside over HTTP and HTTPS."""

import http.client
import re

import pytest
import requests

from .conftest import SITE_HOSTNAME, TLS_PROXY

CANONICAL = f"https://{SITE_HOSTNAME}/"


def test_pages_are_served_over_https_compressed_and_publicly_cacheable(stack):
    response = stack.get("/en/", headers={"Accept-Encoding": "gzip, br"})

    assert response.status_code == 200
    assert response.headers["Content-Encoding"] in {"gzip", "br"}
    assert "4 per 1000" in response.text
    assert re.fullmatch(r"public, max-age=\d+, s-maxage=\d+", response.headers["Cache-Control"])
    assert "max-age=31536000" in response.headers["Strict-Transport-Security"]


def test_plain_http_is_redirected_to_https(stack):
    response = stack.get("/en/", base=f"http://127.0.0.1:{stack.http_port}")

    assert response.status_code == 301
    assert response.headers["Location"] == f"https://127.0.0.1:{stack.https_port}/en/"


@pytest.mark.parametrize(("source", "status"), [(TLS_PROXY, 200), ("127.0.0.1", 301)])
def test_only_the_upstream_tls_terminator_is_trusted_to_say_https(stack, source, status):
    # The terminator forwards a visitor's HTTPS request over plain HTTP.
    connection = http.client.HTTPConnection(
        "127.0.0.1", stack.http_port, timeout=30, source_address=(source, 0)
    )
    connection.request("GET", "/en/", headers={"X-Forwarded-Proto": "https"})

    assert connection.getresponse().status == status
    connection.close()


def test_static_files_are_cached_for_a_year_and_compressed(stack):
    home = stack.get("/en/").text
    stylesheet = re.search(r'<link rel="stylesheet" href="(/static/[^"]+\.css)"', home).group(1)

    response = stack.get(stylesheet, headers={"Accept-Encoding": "gzip"})

    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/css"
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response.headers["Content-Encoding"] == "gzip"


def test_health_url_answers_and_is_never_cached(stack):
    response = stack.get("/healthz")

    assert response.status_code == 200
    assert response.text == "ok\n"
    assert "no-store" in response.headers["Cache-Control"]


def test_sitemap_and_calendars_speak_of_the_public_https_address(stack):
    sitemap = stack.get("/sitemap.xml").text
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    event = next(loc for loc in locations if "/en/events/" in loc and loc.count("/") > 5)

    calendar = stack.get(event.removeprefix(CANONICAL.rstrip("/")) + "ical/")

    assert {CANONICAL + language + "/" for language in ("en", "fr", "es")} <= set(locations)
    assert all(location.startswith(CANONICAL) for location in locations)
    assert "/healthz" not in sitemap
    assert calendar.status_code == 200
    # RFC 5545 folds long lines; unfolded, the event's URL is its public address.
    assert f"\r\nURL:{event}\r\n" in calendar.text.replace("\r\n ", "")


@pytest.mark.parametrize("path", ["/en/get-involved/join/", "/en/account/login/"])
def test_pages_made_for_one_visitor_are_private(stack, path):
    response = stack.get(path)

    assert response.status_code == 200
    assert "private" in response.headers["Cache-Control"]
    assert "csrfmiddlewaretoken" in response.text


def test_documents_are_not_served_from_the_media_folder(stack):
    assert stack.get("/media/documents/anything.pdf").status_code == 404
    assert stack.get("/_protected/documents/anything.pdf").status_code == 404


def test_sigterm_stops_every_process(stack):
    processes, left = stack.stop()

    # honcho, gunicorn and its workers, Varnish (manager and child), nginx and its worker
    assert len(processes) >= 8
    assert left == []
    with pytest.raises(requests.ConnectionError):
        stack.get("/healthz")
