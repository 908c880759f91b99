"""A joint project's own discussion: any member writes on the project's page, the proposer
and the partners follow it and are told, in their language; it is not one more forum."""

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from discussions.models import Attachment, Post, Thread, ThreadFollow
from discussions.moderation import hide
from notifications.models import Kind, Notification
from projects.models import Request
from tests.helpers import QUERY_BUDGET, queries_for
from tests.members.factories import MemberProfileFactory

from .factories import ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pablo(home_page):
    return MemberProfileFactory(
        user__first_name="Pablo", user__last_name="Ruiz", email_language="es"
    )


@pytest.fixture
def chen(home_page):
    return MemberProfileFactory(user__first_name="Li", user__last_name="Chen", email_language="fr")


@pytest.fixture
def project(member, pablo):
    """Awa's project, Pablo its partner."""
    project = ProjectFactory(proposer=member.user, title="Biochar in the Sahel")
    Request.objects.create(
        project=project, member=pablo.user, message="Yes", answer=Request.Answer.ACCEPTED
    )
    return project


def client_for(profile):
    client = Client()
    client.force_login(profile.user)
    return client


def discussion_of(page):
    return page.split('id="discussion-title"')[1].split("</section>")[0]


def write(client, project, body, language="en", site="en", **data):
    return client.post(
        f"/{site}/platform/projects/{project.pk}/discussion/",
        {"body": body, "language": language, **data},
    )


def test_a_member_writes_on_a_project_and_the_team_is_told(
    project, member, member_client, pablo, chen, django_capture_on_commit_callbacks
):
    chen_client = client_for(chen)
    page = chen_client.get(f"/fr/platform/projects/{project.pk}/").content.decode()
    assert "Aucun message pour l’instant" in discussion_of(page)
    with django_capture_on_commit_callbacks(execute=True):
        response = write(chen_client, project, "Do you need **soil samples**?", site="fr")
    post = Post.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/fr/platform/projects/{project.pk}/#post-{post.pk}"
    project.refresh_from_db()
    assert project.thread == post.thread and project.thread.title == "Biochar in the Sahel"

    page = member_client.get(f"/en/platform/projects/{project.pk}/").content.decode()
    shown = discussion_of(page)
    assert "Li Chen" in shown and "<strong>soil samples</strong>" in shown
    # The proposer and the partner are told, each with a link in their own language.
    told = {n.recipient: n.kind for n in Notification.objects.all()}
    assert told == {member.user: Kind.REPLY, pablo.user: Kind.REPLY}
    by_address = {email.to[0]: email for email in mail.outbox}
    assert "Biochar in the Sahel" in by_address[pablo.user.email].subject
    assert f"/es/platform/discussions/post/{post.pk}/" in by_address[pablo.user.email].body
    assert f"/en/platform/discussions/post/{post.pk}/" in by_address[member.user.email].body

    # Pablo answers from the thread's own page, like in any forum: Chen, who wrote, is told.
    with django_capture_on_commit_callbacks(execute=True):
        client_for(pablo).post(
            f"/es/platform/discussions/thread/{project.thread_id}/reply/",
            {"body": "Sí, gracias.", "language": "es"},
        )
    assert Notification.objects.filter(recipient=chen.user, kind=Kind.REPLY).exists()
    page = member_client.get(f"/en/platform/projects/{project.pk}/").content.decode()
    assert "2 posts" in discussion_of(page) and "Sí, gracias." in discussion_of(page)


def test_the_thread_page_leads_back_to_the_project_and_no_forum_lists_it(
    project, member_client, chen
):
    write(client_for(chen), project, "Hello")
    project.refresh_from_db()
    thread_page = member_client.get(f"/en/platform/discussions/thread/{project.thread_id}/")
    breadcrumb = thread_page.content.decode().split('class="breadcrumb"')[1].split("</p>")[0]
    assert 'href="/en/platform/projects/"' in breadcrumb
    assert f'href="/en/platform/projects/{project.pk}/"' in breadcrumb
    assert "Biochar in the Sahel" in breadcrumb
    forums = member_client.get("/en/platform/discussions/").content.decode()
    assert "Joint projects" not in forums.split("<main")[1]
    forum = project.thread.forum
    # Nobody starts an unrelated thread in the projects' forum, or browses it as a forum.
    for url in (
        f"/en/platform/discussions/{forum.pk}/",
        f"/en/platform/discussions/{forum.pk}/new/",
    ):
        assert member_client.get(url).status_code == 404
    assert (forum.name_en, forum.name_fr, forum.name_es) == (
        "Joint projects",
        "Projets communs",
        "Proyectos conjuntos",
    )


def test_a_partner_accepted_later_follows_the_discussion(
    project, member, member_client, chen, django_capture_on_commit_callbacks
):
    write(member_client, project, "Welcome to the project page.")
    join = Request.objects.create(project=project, member=chen.user, message="Me too")
    member_client.post(
        f"/en/platform/projects/{project.pk}/requests/{join.pk}/", {"answer": "accepted"}
    )
    project.refresh_from_db()
    assert ThreadFollow.objects.get(user=chen.user, thread=project.thread).following
    with django_capture_on_commit_callbacks(execute=True):
        write(member_client, project, "Meeting on Monday.")
    assert Notification.objects.filter(recipient=chen.user, kind=Kind.REPLY).count() == 1


def test_anonymous_visitors_cannot_write_or_read(client, project):
    for language in ("en", "fr", "es"):
        response = write(client, project, "Spam", site=language)
        assert response.status_code == 302
        assert response["Location"].startswith(f"/{language}/account/login/?next=")
    assert not Post.objects.exists()


def test_a_hidden_post_stays_hidden_on_the_project_page(project, member, member_client, chen):
    write(client_for(chen), project, "Buy cheap watches")
    write(member_client, project, "Back to the trials.")
    spam = Post.objects.get(body="Buy cheap watches")
    hide(spam, member.user, "Spam")
    page = discussion_of(member_client.get(f"/en/platform/projects/{project.pk}/").content.decode())
    assert "Buy cheap watches" not in page and "Back to the trials." in page
    assert "This post was hidden by the Secretariat." in page


@pytest.mark.parametrize(
    "language, heading, button, help_text",
    [
        ("en", "Discussion", "Send", "Language of your text"),
        ("fr", "Discussion", "Envoyer", "Langue de votre texte"),
        ("es", "Debate", "Enviar", "Idioma de su texto"),
    ],
)
def test_the_discussion_speaks_the_readers_language(
    project, member_client, language, heading, button, help_text
):
    write(member_client, project, "First news.")
    page = member_client.get(f"/{language}/platform/projects/{project.pk}/").content.decode()
    assert f'<h2 id="discussion-title">{heading}</h2>' in page
    shown = discussion_of(page)
    assert f">{button}</button>" in shown and help_text in shown


def test_bad_input_is_refused_in_the_readers_language_and_kept(project, member_client, settings):
    response = write(member_client, project, "", site="fr")
    assert response.status_code == 200
    assert "Champ requis." in discussion_of(response.content.decode())
    text = "x" * 20_001
    response = write(member_client, project, text, language="es", site="es")
    html = response.content.decode()
    assert response.status_code == 200 and text in html
    assert '<option value="es" selected>' in html
    settings.DISCUSSION_POST_RATE_LIMIT = (1, 3600)
    write(member_client, project, "One")
    response = write(member_client, project, "Two, too soon", site="fr")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Two, too soon" in html and "Veuillez patienter" in html
    assert Post.objects.count() == 1


def test_a_locked_discussion_takes_no_post(project, member_client):
    write(member_client, project, "First")
    project.refresh_from_db()
    Thread.objects.filter(pk=project.thread_id).update(locked=True)
    page = member_client.get(f"/en/platform/projects/{project.pk}/").content.decode()
    assert "This discussion is locked" in page and 'id="id_body"' not in page
    response = write(member_client, project, "Second")
    assert response.status_code == 403 and "Second" in response.content.decode()
    assert Post.objects.count() == 1


def test_renaming_the_project_renames_its_discussion(project, member_client):
    write(member_client, project, "First")
    member_client.post(
        f"/en/platform/projects/{project.pk}/edit/",
        {"title": "Biochar in West Africa", "summary": "S", "status": "seeking"},
    )
    project.refresh_from_db()
    assert project.thread.title == "Biochar in West Africa"


def test_the_project_page_stays_within_the_budget_with_many_posts_and_partners(
    project, member, member_client, pablo
):
    url = f"/en/platform/projects/{project.pk}/"
    write(member_client, project, "First")
    project.refresh_from_db()

    def add(count):
        people = [MemberProfileFactory().user for _n in range(count)]
        Request.objects.bulk_create(
            Request(project=project, member=user, message="Hi", answer=answer)
            for user, answer in zip(people, ["accepted", "pending"] * count, strict=False)
        )
        posts = Post.objects.bulk_create(
            Post(
                thread=project.thread,
                author=people[n % len(people)],
                body=f"Post {n}",
                html=f"<p>Post {n}</p>",
                language="fr",
                quote_id=project.thread.posts.order_by("pk").first().pk if n % 3 else None,
                created_at=timezone.now(),
            )
            for n in range(count * 5)
        )
        Attachment.objects.bulk_create(
            Attachment(post=post, file=f"discussions/x/{post.pk}.pdf", name="data.pdf", size=1)
            for post in posts[::2]
        )
        Thread.objects.filter(pk=project.thread_id).update(reply_count=Post.objects.count() - 1)

    add(4)
    few = queries_for(member_client, url)
    add(100)
    many = queries_for(member_client, url)
    page = member_client.get(url).content.decode()
    assert "521 posts" in page and "the latest 10 are below" in page
    assert many == few <= QUERY_BUDGET


def test_html_in_a_post_is_shown_as_typed_on_the_project_page(project, member_client):
    write(member_client, project, '<script>alert("x")</script> <img src=x onerror=alert(1)>')
    shown = discussion_of(
        member_client.get(f"/en/platform/projects/{project.pk}/").content.decode()
    )
    assert "<script>" not in shown and "<img" not in shown
    assert "&lt;script&gt;" in shown
