"""What members write in shared knowledge and joint projects is shown as text: the usual
payloads never come back as markup, and a link must be a web address (http or https)."""

from html.parser import HTMLParser

import pytest
from django.test import Client

from knowledge.models import KnowledgeItem
from projects.models import Project
from tests.members.factories import MemberProfileFactory

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "<svg onload=alert(1)><circle r=1></svg>",
    "<iframe src=//evil.example>",
    '<b onmouseover="alert(1)"',
    '"><script>alert(1)</script>',
]


class MarkupFinder(HTMLParser):
    """What a browser would build from the page and that comes from a payload: an element or
    attribute carrying its script or address, an event handler, a script's text."""

    def __init__(self):
        super().__init__()
        self.found, self.in_script = [], False

    def handle_starttag(self, tag, attrs):
        self.in_script = tag == "script"
        for name, value in attrs:
            value = (value or "").lower()
            if name.startswith("on") or any(bad in value for bad in SIGNS):
                self.found.append(f"<{tag} {name}={value}>")

    def handle_data(self, data):
        if self.in_script and "alert" in data:
            self.found.append(data)

    def handle_endtag(self, tag):
        self.in_script = False


SIGNS = ["alert(", "javascript:", "data:text", "evil.example"]


def injected(html):
    finder = MarkupFinder()
    finder.feed(html)
    return finder.found


@pytest.fixture
def reader(home_page):
    client = Client()
    client.force_login(MemberProfileFactory().user)
    return client


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_in_shared_knowledge_stay_text(member_client, reader, payload):
    response = member_client.post(
        "/en/platform/knowledge/share/",
        {
            "title": payload[:200],
            "summary": f"Intro\n{payload}\nend",
            "language": "en",
            "url": "https://example.org/report",
        },
    )
    assert response.status_code == 302
    item = KnowledgeItem.objects.get()
    for url in ("/en/platform/knowledge/", f"/en/platform/knowledge/{item.pk}/", "/en/platform/"):
        html = reader.get(url).content.decode()
        assert payload not in html
        assert injected(html) == [], url
    assert "&lt;" in reader.get(f"/en/platform/knowledge/{item.pk}/").content.decode()


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "vbscript:msgbox(1)",
        "ftp://example.org/file",
        "//evil.example/x",
        'https://example.org/"onmouseover="alert(1)',
    ],
)
def test_a_link_must_be_a_web_address(member_client, link):
    response = member_client.post(
        "/en/platform/knowledge/share/",
        {"title": "Kept", "summary": "Kept summary", "language": "en", "url": link},
    )
    if response.status_code == 302:  # only a harmless https URL, escaped, may pass
        item = KnowledgeItem.objects.get()
        assert item.url.startswith("https://")
        html = member_client.get(f"/en/platform/knowledge/{item.pk}/").content.decode()
        assert 'onmouseover="alert' not in html
    else:
        html = response.content.decode()
        assert "Please enter a web address starting with https://." in html
        assert 'value="Kept"' in html and not KnowledgeItem.objects.exists()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_in_joint_projects_stay_text(member, member_client, reader, payload):
    member_client.post(
        "/en/platform/projects/propose/",
        {
            "title": payload[:200],
            "summary": payload,
            "partners_sought": payload,
            "countries": ["SN"],
            "pillar_codes": ["2"],
            "status": "seeking",
        },
    )
    project = Project.objects.get()
    reader.post(f"/en/platform/projects/{project.pk}/", {"message": payload})
    assert project.requests.count() == 1
    pages = [(reader, "/en/platform/projects/"), (reader, f"/en/platform/projects/{project.pk}/")]
    pages += [(member_client, f"/en/platform/projects/{project.pk}/"), (reader, "/en/platform/")]
    for client, url in pages:
        html = client.get(url).content.decode()
        assert payload not in html
        assert injected(html) == [], url


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_check_sees_each_payload_when_it_is_not_escaped(payload):
    assert injected(f"<p>{payload}</p>") != []
