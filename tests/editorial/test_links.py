"""The broken-link report: `check_links` follows every link of the live pages (other sites'
through a local stand-in server) and Reports › Broken links lists what fails, per page and
language, to editors and moderators."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


class StandIn(BaseHTTPRequestHandler):
    """Another organisation's web site: /ok works, anything else is gone."""

    def do_HEAD(self):
        self.send_response(200 if self.path == "/ok" else 404)
        self.end_headers()

    do_GET = do_HEAD

    def log_message(self, *args):
        pass


@pytest.fixture
def other_site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture
def news(site, other_site):
    home, about = site["home"], site["about"]
    gone = ContentPageFactory(parent=home, slug="gone", title="Gone")
    gone_id = gone.pk
    gone.delete()
    links = [
        f'<a linktype="page" id="{about.pk}">About</a>',
        f'<a linktype="page" id="{gone_id}">a page since deleted</a>',
        '<a href="http://localhost/en/about/">About, by its address</a>',
        '<a href="/en/no-such-page/">a mistyped address</a>',
        f'<a href="{other_site}/ok">a partner</a>',
        f'<a href="{other_site}/gone">a moved report</a>',
        '<a href="mailto:secretariat@example.org">write to us</a>',
    ]
    page = ContentPageFactory(
        parent=home,
        slug="news",
        title="Soil news",
        body=[{"type": "paragraph", "value": f"<p>{' '.join(links)}</p>"}],
    )
    page.save_revision().publish()
    return {"page": page, "other_site": other_site, "gone": gone_id}


def report_rows(client):
    html = BeautifulSoup(client.get("/admin/reports/broken-links/").content, "html.parser")
    return [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in html.select("tbody tr")
    ]


def test_the_report_lists_the_broken_links_of_each_page(client, users, news):
    call_command("check_links", stdout=open("/dev/null", "w"))  # noqa: SIM115

    client.force_login(users["editor"])
    rows = report_rows(client)

    assert [(row[0], row[1], row[2], row[3]) for row in rows] == [
        ("Soil news", "English", f"#page-{news['gone']}", "The linked page was deleted"),
        ("Soil news", "English", "/en/no-such-page/", "The server answers with an error (404)"),
        (
            "Soil news",
            "English",
            f"{news['other_site']}/gone",
            "The server answers with an error (404)",
        ),
    ]
    # When the check ran, for each link.
    assert all(row[4] for row in rows)


def test_the_report_is_for_editors_and_moderators(client, users, news):
    client.force_login(users["moderator"])
    response = client.get("/admin/")
    assert "Broken links" in response.content.decode()
    assert client.get("/admin/reports/broken-links/").status_code == 200

    client.force_login(users["fr"])
    assert "Broken links" not in client.get("/admin/").content.decode()
    assert client.get("/admin/reports/broken-links/").status_code in (302, 403)
