"""The usual XSS payloads, sent through every field a member writes (thread title, post body,
report reason, attachment name), come out as text on every page that shows them, members' and
the Secretariat's: the marker they carry never appears inside a tag."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from discussions.models import Post, Thread
from discussions.threads import follow_thread
from tests.members.factories import MemberProfileFactory

from .test_posting import PDF

pytestmark = pytest.mark.django_db

MARK = "xss4p1000"
PAYLOADS = [
    f"<script>alert('{MARK}')</script>",
    f"<img src=x onerror=\"alert('{MARK}')\">",
    f"<svg onload=alert('{MARK}')>",
    f'"><a href="javascript:alert(\'{MARK}\')">x</a>',
    f"[x](javascript:alert('{MARK}'))",
    f"[x](data:text/html,<script>{MARK}</script>)",
    f"<b onmouseover=alert('{MARK}')>unclosed <i",
    f"' onfocus='{MARK}' autofocus x='",
    f"<iframe srcdoc='<script>{MARK}</script>'>",
]


def assert_inert(html):
    assert MARK in html  # the text is shown...
    assert re.findall(rf"<[^<>]*{MARK}[^<>]*>", html) == []  # ...but never inside a tag


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_stay_text_on_every_page(member_client, member, admin_client, forum, payload):
    upload = SimpleUploadedFile(f"{payload[:80]}.pdf", PDF)
    member_client.post(
        f"/en/platform/discussions/{forum.pk}/new/",
        {"title": payload, "body": payload, "language": "en", "attachment": upload},
    )
    thread = Thread.objects.get()
    post = Post.objects.get()
    assert post.attachments.count() == 1
    member_client.post(
        f"/en/platform/discussions/thread/{thread.pk}/reply/",
        {"body": f"quoting: {payload}", "language": "en", "quote": post.pk},
    )
    reply = Post.objects.latest("pk")
    # Another member reports the reply.
    reporter = Client()
    reporter.force_login(MemberProfileFactory().user)
    reporter.post(f"/en/platform/discussions/post/{reply.pk}/report/", {"reason": payload})
    follow_thread(member.user, thread)
    pages = [
        member_client.get(f"/en/platform/discussions/thread/{thread.pk}/"),
        member_client.get(f"/en/platform/discussions/{forum.pk}/"),
        member_client.get(f"/en/platform/discussions/thread/{thread.pk}/reply/?quote={post.pk}"),
        member_client.get("/en/platform/"),
        admin_client.get("/admin/discussions/reports/"),
        admin_client.get(f"/admin/discussions/threads/{thread.pk}/"),
    ]
    for response in pages:
        assert response.status_code == 200
        assert_inert(response.content.decode())
    download = member_client.get(f"/en/platform/discussions/file/{post.attachments.get().pk}/")
    assert "\n" not in download["Content-Disposition"]
    assert download["Content-Disposition"].startswith("attachment;")
