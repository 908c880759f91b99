"""Members share documents and links, find them by words and filters, and download the files;
nobody else reaches any of it."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.utils import timezone

from knowledge.models import KnowledgeItem
from tests.home.factories import TopicFactory
from tests.members.factories import MemberProfileFactory

from .factories import KnowledgeItemFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
PATHS = ["", "share/", "{pk}/", "{pk}/file/", "{pk}/edit/", "{pk}/delete/"]


def pdf(name="report.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize("path", PATHS)
def test_anonymous_visitors_are_sent_to_sign_in(client, member, language, path):
    item = KnowledgeItemFactory(title="Hidden title")
    response = client.get(f"/{language}/platform/knowledge/{path.format(pk=item.pk)}")
    assert response.status_code == 302
    assert response["Location"].startswith(f"/{language}/account/login/?next=")
    assert "private" in response["Cache-Control"]
    assert "Hidden title" not in response.content.decode()


@pytest.mark.parametrize("path", PATHS[:3])
def test_members_pages_are_private_and_not_indexed(member_client, path):
    item = KnowledgeItemFactory()
    response = member_client.get(f"/en/platform/knowledge/{path.format(pk=item.pk)}")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"].startswith("noindex")


def test_a_member_shares_a_link_and_others_find_it(member_client, member, client):
    topic = TopicFactory(name="Soil carbon", slug="soil-carbon")
    response = member_client.post(
        "/en/platform/knowledge/share/",
        {
            "title": "Cover crops in the Sahel",
            "summary": "Three seasons of trials.\nWhat worked.",
            "language": "en",
            "pillar_codes": ["2", "4"],
            "topics": [topic.pk],
            "url": "https://example.org/sahel",
        },
    )
    item = KnowledgeItem.objects.get()
    assert response["Location"] == f"/en/platform/knowledge/{item.pk}/?shared=1"
    assert item.author == member.user and item.pillar_codes == ["2", "4"]
    other = MemberProfileFactory()
    client.force_login(other.user)
    page = client.get(f"/en/platform/knowledge/{item.pk}/").content.decode()
    assert "Cover crops in the Sahel" in page and "<p>Three seasons of trials.<br>" in page
    assert 'href="https://example.org/sahel"' in page and "Soil carbon" in page
    assert "Shared by Awa Ndiaye" in page
    listing = client.get("/en/platform/knowledge/").content.decode()
    assert "Cover crops in the Sahel" in listing


def test_the_list_filters_by_language_pillar_topic_and_kind(member_client):
    topic = TopicFactory(slug="biochar")
    french = KnowledgeItemFactory(title="Rapport en français", language="fr", pillars=",1,")
    french.topics.add(topic)
    KnowledgeItemFactory(title="English link", language="en", pillars=",2,")
    titles = {"Rapport en français", "English link"}
    for query, shown in [
        ("language=fr", {"Rapport en français"}),
        ("pillar=2", {"English link"}),
        ("topic=biochar", {"Rapport en français"}),
        ("kind=link", titles),
        ("kind=document", set()),
    ]:
        html = member_client.get(f"/en/platform/knowledge/?{query}").content.decode()
        assert {title for title in titles if title in html} == shown, query


@pytest.mark.parametrize(
    "query",
    ["?language=xx&pillar=9&topic=nope&kind=zip&page=abc", "?q=" + "é" * 5000, "?q=%00%22('"],
)
def test_junk_in_the_query_string_gives_a_page(member_client, query):
    KnowledgeItemFactory()
    assert member_client.get(f"/en/platform/knowledge/{query}").status_code == 200


def test_search_finds_words_in_the_title_or_the_summary(member_client):
    KnowledgeItemFactory(title="Agroforestry handbook", summary="Trees and crops together.")
    KnowledgeItemFactory(title="Soil sampling guide", summary="How to take samples.")
    html = member_client.get("/en/platform/knowledge/?q=trees").content.decode()
    assert "Agroforestry handbook" in html and "Soil sampling guide" not in html
    html = member_client.get("/en/platform/knowledge/?q=sampling+guide").content.decode()
    assert "Soil sampling guide" in html and "Agroforestry handbook" not in html


def test_a_file_is_uploaded_and_downloaded_by_members_only(member_client, django_user_model):
    member_client.post(
        "/en/platform/knowledge/share/",
        {"title": "Trial results", "summary": "Data.", "language": "fr", "file": pdf()},
    )
    item = KnowledgeItem.objects.get()
    document = item.document
    assert document.collection.name == "Shared knowledge"
    assert not item.url
    # The member follows the platform's link to Wagtail's document view, which serves it.
    response = member_client.get(f"/en/platform/knowledge/{item.pk}/file/")
    assert response["Location"] == document.url and document.url.startswith("/documents/")
    served = member_client.get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == PDF
    assert "private" in served["Cache-Control"]
    # Anonymous visitors are sent to sign in, whether they ask the platform or the document.
    client = Client()
    assert client.get(document.url).status_code == 302
    assert client.get(f"/en/platform/knowledge/{item.pk}/file/").status_code == 302
    # A signed-in user who is not a member (an editor) is refused.
    outsider = django_user_model.objects.create_user("editor", "e@example.org", "pw")
    client.force_login(outsider)
    assert client.get(document.url).status_code == 403


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.pdf", HTML, "is not a PDF file"),
        ("report.pdf", b"%PDF-1.4\n" + HTML, "is not a PDF file"),
        ("script.svg", b"<svg onload=alert(1)>", "not accepted"),
        ("page.html", HTML, "not accepted"),
    ],
)
def test_uploads_are_checked_by_their_content(member_client, name, content, message):
    response = member_client.post(
        "/en/platform/knowledge/share/",
        {
            "title": "Kept title",
            "summary": "Kept summary",
            "language": "en",
            "file": SimpleUploadedFile(name, content),
        },
    )
    html = response.content.decode()
    assert response.status_code == 200 and message in html
    assert 'value="Kept title"' in html and "Kept summary" in html
    assert not KnowledgeItem.objects.exists()


@override_settings(DOCUMENT_MAX_UPLOAD_SIZE=10)
def test_a_file_too_large_is_refused(member_client):
    response = member_client.post(
        "/fr/platform/knowledge/share/",
        {"title": "T", "summary": "S", "language": "en", "file": pdf()},
    )
    assert "les documents ne peuvent dépasser 10" in response.content.decode()
    assert not KnowledgeItem.objects.exists()


def test_a_file_or_a_link_but_not_both_nor_neither(member_client):
    data = {"title": "T", "summary": "S", "language": "en"}
    for extra in ({}, {"url": "https://example.org", "file": pdf()}):
        response = member_client.post("/es/platform/knowledge/share/", data | extra)
        assert response.status_code == 200
        assert "Elija un archivo o indique un enlace" in response.content.decode()
    assert not KnowledgeItem.objects.exists()


@override_settings(MEMBER_SHARE_RATE_LIMIT=(1, 3600))
def test_sharing_is_limited_per_member(member_client):
    data = {"title": "First", "summary": "S", "language": "en", "url": "https://example.org/1"}
    member_client.post("/fr/platform/knowledge/share/", data)
    response = member_client.post(
        "/fr/platform/knowledge/share/", data | {"title": "Second attempt"}
    )
    assert response.status_code == 429
    html = response.content.decode()
    assert "Veuillez réessayer plus tard" in html and 'value="Second attempt"' in html
    assert KnowledgeItem.objects.count() == 1


def test_the_dashboard_shows_what_others_shared_since_the_last_visit(member_client, member):
    member.previous_visit = timezone.now() - timezone.timedelta(days=1)
    member.save()
    KnowledgeItemFactory(title="Old news", created_at=timezone.now() - timezone.timedelta(days=3))
    KnowledgeItemFactory(title="Fresh guide")
    KnowledgeItemFactory(title="My own", author=member.user)
    html = member_client.get("/en/platform/").content.decode()
    assert "Shared since your last visit" in html and "Fresh guide" in html
    assert "Old news" not in html and "My own" not in html
    assert 'href="/en/platform/knowledge/"' in html  # the menu entry
