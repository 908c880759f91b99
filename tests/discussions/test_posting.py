"""Members start threads, reply, quote, edit for a while, report, follow and mute; long or
hostile input is refused or made inert, and what they typed stays on the form."""

import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from discussions.models import ForumFollow, Post, Report, Thread, ThreadFollow
from discussions.threads import reply

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def new_thread(client, forum, **data):
    fields = {"title": "Biochar et sols sableux", "body": "Premiers *résultats*.", "language": "fr"}
    fields.update(data)
    return client.post(f"/fr/platform/discussions/{forum.pk}/new/", fields)


def test_a_member_starts_a_thread_and_follows_it(member_client, member, forum):
    response = new_thread(member_client, forum)
    thread = Thread.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/fr/platform/discussions/thread/{thread.pk}/"
    assert (thread.author, thread.language, thread.reply_count) == (member.user, "fr", 0)
    assert ThreadFollow.objects.get(thread=thread, user=member.user).following
    html = member_client.get(response["Location"]).content.decode()
    assert "<h1>Biochar et sols sableux</h1>" in html
    assert "<em>résultats</em>" in html
    assert "Awa Ndiaye" in html


def test_a_post_in_another_language_keeps_the_page_language_around_its_text(member_client, thread):
    # The English thread read in Spanish: the post's text is marked English, its actions are
    # the page's Spanish ("Citar", to quote, not the noun "Cita" of a quotation block).
    html = member_client.get(f"/es/platform/discussions/thread/{thread.pk}/").content.decode()
    assert '<div class="post__body" lang="en">' in html
    assert re.search(r'<article class="post"[^>]*>', html).group().count("lang=") == 0
    assert re.search(r">Citar</a>", html)
    # The reply form asks for the text before the document.
    assert html.index('name="body"') < html.index('name="attachment"')


def test_threads_are_listed_pinned_first_then_by_last_activity(member_client, forum, thread):
    older = Thread.objects.create(forum=forum, title="Pinned rules", language="en", pinned=True)
    Thread.objects.filter(pk=older.pk).update(last_activity_at=timezone.now() - timedelta(days=9))
    html = member_client.get(f"/en/platform/discussions/{forum.pk}/").content.decode()
    assert html.index("Pinned rules") < html.index("Cover crops in the Sahel")
    # The forum's name in the reader's language.
    assert "Practices adapted to soils and climates" in html
    fr = member_client.get(f"/fr/platform/discussions/{forum.pk}/").content.decode()
    assert "Pratiques adaptées aux sols et aux climats" in fr


def test_a_reply_quoting_a_post_shows_the_quote(member_client, member, thread, other):
    first = thread.posts.get()
    url = f"/en/platform/discussions/thread/{thread.pk}/reply/"
    form = member_client.get(f"{url}?quote={first.pk}").content.decode()
    assert f'name="quote" value="{first.pk}"' in form
    response = member_client.post(
        url, {"body": "Agreed, see *our* plots.", "language": "es", "quote": first.pk}
    )
    reply = Post.objects.latest("pk")
    assert response.status_code == 302
    assert response["Location"] == f"/en/platform/discussions/post/{reply.pk}/"
    assert reply.quote == first and reply.language == "es"
    thread.refresh_from_db()
    assert thread.reply_count == 1
    html = member_client.get(f"/en/platform/discussions/thread/{thread.pk}/").content.decode()
    assert "Pablo Ruiz wrote:" in html
    assert 'lang="es"' in html


def test_a_post_can_be_edited_for_30_minutes_and_then_shows_edited(member_client, member, thread):
    post = reply(thread, member.user, "Typo", "en")
    url = f"/en/platform/discussions/post/{post.pk}/edit/"
    assert member_client.post(url, {"body": "Fixed **typo**"}).status_code == 302
    post.refresh_from_db()
    assert post.html == "<p>Fixed <strong>typo</strong></p>\n" and post.edited_at
    html = member_client.get(f"/en/platform/discussions/thread/{thread.pk}/").content.decode()
    assert "edited" in html
    Post.objects.filter(pk=post.pk).update(created_at=timezone.now() - timedelta(minutes=31))
    response = member_client.post(url, {"body": "Too late"})
    assert response.status_code == 403
    assert "can no longer be edited" in response.content.decode()
    post.refresh_from_db()
    assert post.body == "Fixed **typo**"


def test_nobody_edits_another_members_post(member_client, thread):
    post = thread.posts.get()
    assert (
        member_client.post(
            f"/en/platform/discussions/post/{post.pk}/edit/", {"body": "x"}
        ).status_code
        == 404
    )
    post.refresh_from_db()
    assert post.body == "First results from **Thiès**."


def test_a_member_reports_a_post_with_a_reason(member_client, member, thread):
    post = thread.posts.get()
    response = member_client.post(
        f"/fr/platform/discussions/post/{post.pk}/report/", {"reason": "Publicité"}
    )
    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.post, report.reporter, report.reason) == (post, member.user, "Publicité")
    html = member_client.get(response["Location"]).content.decode()
    assert "le Secrétariat examinera ce message" in html


def test_follow_mute_and_forum_follow(member_client, member, thread, forum):
    url = f"/en/platform/discussions/thread/{thread.pk}/follow/"
    member_client.post(url, {"follow": "follow"})
    assert ThreadFollow.objects.get(user=member.user, thread=thread).following
    member_client.post(url, {"follow": "mute"})
    assert not ThreadFollow.objects.get(user=member.user, thread=thread).following
    html = member_client.get(f"/en/platform/discussions/thread/{thread.pk}/").content.decode()
    assert "You muted this thread." in html
    # Replying in a muted thread does not follow it again.
    member_client.post(
        f"/en/platform/discussions/thread/{thread.pk}/reply/", {"body": "x", "language": "en"}
    )
    assert not ThreadFollow.objects.get(user=member.user, thread=thread).following
    member_client.post(f"/en/platform/discussions/{forum.pk}/follow/", {"follow": "follow"})
    assert ForumFollow.objects.filter(user=member.user, forum=forum).exists()
    member_client.post(f"/en/platform/discussions/{forum.pk}/follow/", {"follow": "stop"})
    assert not ForumFollow.objects.filter(user=member.user, forum=forum).exists()


def test_a_text_over_the_limit_is_refused_and_kept(member_client, forum):
    text = "Un long texte. " * 70_000  # about 1 MB
    response = new_thread(member_client, forum, body=text)
    html = response.content.decode()
    assert response.status_code == 200
    assert not Thread.objects.exists()
    assert "un message peut en avoir au plus 20000" in html
    assert "Biochar et sols sableux" in html  # the title stays
    assert text[:2000] in html  # and so does the text


def test_posting_is_throttled_per_member_and_the_text_is_kept(member_client, thread, settings):
    settings.DISCUSSION_POST_RATE_LIMIT = (2, 3600)
    url = f"/es/platform/discussions/thread/{thread.pk}/reply/"
    for n in range(2):
        assert (
            member_client.post(url, {"body": f"Respuesta {n}", "language": "es"}).status_code == 302
        )
    response = member_client.post(url, {"body": "Una más, importante", "language": "es"})
    html = response.content.decode()
    assert response.status_code == 429
    assert "Ha publicado muchas veces en poco tiempo" in html
    assert "Una más, importante" in html
    thread.refresh_from_db()
    assert thread.reply_count == 2


def test_a_locked_thread_takes_no_reply(member_client, thread):
    Thread.objects.filter(pk=thread.pk).update(locked=True)
    response = member_client.post(
        f"/en/platform/discussions/thread/{thread.pk}/reply/",
        {"body": "Still here", "language": "en"},
    )
    assert response.status_code == 403
    assert "This thread is locked" in response.content.decode()
    assert thread.posts.count() == 1


def test_an_attachment_is_checked_and_served_to_members_only(member_client, forum):
    pdf = SimpleUploadedFile("essai terrain.pdf", PDF, content_type="application/pdf")
    new_thread(member_client, forum, attachment=pdf)
    attachment = Post.objects.get().attachments.get()
    url = f"/fr/platform/discussions/file/{attachment.pk}/"
    thread_html = member_client.get(
        f"/fr/platform/discussions/thread/{attachment.post.thread_id}/"
    ).content.decode()
    assert f'href="{url}"' in thread_html and "essai terrain.pdf" in thread_html
    response = member_client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "private" in response["Cache-Control"]
    assert "/media/" not in thread_html
    member_client.logout()
    assert member_client.get(url).status_code == 302  # anonymous: to the sign-in page


@pytest.mark.parametrize(
    "name, content",
    [
        ("notes.pdf", b"<html><script>alert(1)</script></html>"),
        ("page.html", b"<p>hello</p>"),
        ("report.pdf", PDF + b"<svg onload=alert(1)>"),
    ],
)
def test_a_bad_attachment_is_refused_and_the_text_kept(member_client, forum, name, content):
    upload = SimpleUploadedFile(name, content)
    response = new_thread(member_client, forum, body="Voir le fichier joint", attachment=upload)
    html = response.content.decode()
    assert response.status_code == 200
    assert not Thread.objects.exists()
    assert "Voir le fichier joint" in html
    assert 'class="field__error"' in html
