"""Joint projects: a member proposes one, another asks to join, the proposer is told and
accepts, the new partner is told, and the project lists both; members only."""

import pytest
from django.core import mail
from django.test import Client, override_settings

from notifications.models import Kind, Notification
from projects.models import Project, Request
from tests.members.factories import MemberProfileFactory

from .factories import ProjectFactory

pytestmark = pytest.mark.django_db

PATHS = ["", "propose/", "{pk}/", "{pk}/edit/", "{pk}/requests/{request}/"]


@pytest.fixture
def pablo(home_page):
    return MemberProfileFactory(
        user__first_name="Pablo", user__last_name="Ruiz", email_language="es", country="AR"
    )


def partners_of(page):
    """The project page's list of partners."""
    return page.split('id="partners-title"')[1].split("</section>")[0]


def client_for(profile):
    client = Client()
    client.force_login(profile.user)
    return client


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize("path", PATHS)
def test_anonymous_visitors_are_sent_to_sign_in(client, member, language, path):
    project = ProjectFactory(title="Hidden project")
    join = Request.objects.create(project=project, member=member.user, message="Hi")
    url = f"/{language}/platform/projects/{path.format(pk=project.pk, request=join.pk)}"
    for response in (client.get(url), client.post(url, {"answer": "accepted"})):
        assert response.status_code == 302
        assert response["Location"].startswith(f"/{language}/account/login/?next=")
        assert "private" in response["Cache-Control"]
        assert "Hidden project" not in response.content.decode()
    join.refresh_from_db()
    assert join.answer == Request.Answer.PENDING


@pytest.mark.parametrize("path", PATHS[:4])
def test_members_pages_are_private_and_not_indexed(member_client, member, path):
    project = ProjectFactory(proposer=member.user)
    response = member_client.get(f"/en/platform/projects/{path.format(pk=project.pk)}")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"].startswith("noindex")


def test_the_joint_project_loop(member, member_client, pablo, django_capture_on_commit_callbacks):
    response = member_client.post(
        "/en/platform/projects/propose/",
        {
            "title": "Biochar in the Sahel",
            "summary": "Trials over three seasons.",
            "countries": ["SN", "ML"],
            "pillar_codes": ["2"],
            "partners_sought": "A laboratory for soil analyses.",
            "status": "seeking",
        },
    )
    project = Project.objects.get()
    assert response["Location"] == f"/en/platform/projects/{project.pk}/"
    assert project.proposer == member.user
    assert {country.code for country in project.countries} == {"ML", "SN"}

    pablo_client = client_for(pablo)
    page = pablo_client.get(f"/es/platform/projects/{project.pk}/").content.decode()
    assert "Solicitar unirse a este proyecto" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = pablo_client.post(
            f"/es/platform/projects/{project.pk}/", {"message": "Tenemos un laboratorio."}
        )
    assert response["Location"] == f"/es/platform/projects/{project.pk}/?asked=1"
    [request_email] = mail.outbox
    assert request_email.to == [member.user.email]
    assert "Pablo Ruiz" in request_email.subject and "Biochar in the Sahel" in request_email.subject
    assert "Tenemos un laboratorio." in request_email.body
    # The link opens the platform in the proposer's language, whatever the asker's.
    assert f"/en/platform/projects/{project.pk}/" in request_email.body
    assert Notification.objects.get(kind=Kind.PROJECT_REQUEST).recipient == member.user

    join = Request.objects.get()
    page = member_client.get(f"/en/platform/projects/{project.pk}/").content.decode()
    assert "Requests to join" in page and "Tenemos un laboratorio." in page
    # Only the proposer answers.
    assert (
        pablo_client.post(
            f"/es/platform/projects/{project.pk}/requests/{join.pk}/", {"answer": "accepted"}
        ).status_code
        == 403
    )
    with django_capture_on_commit_callbacks(execute=True):
        member_client.post(
            f"/en/platform/projects/{project.pk}/requests/{join.pk}/", {"answer": "accepted"}
        )
    accepted_email = mail.outbox[1]
    assert accepted_email.to == [pablo.user.email]
    assert "Biochar in the Sahel" in accepted_email.subject
    assert f"/es/platform/projects/{project.pk}/" in accepted_email.body
    assert Notification.objects.get(kind=Kind.PROJECT_ACCEPTED).recipient == pablo.user

    for client in (member_client, pablo_client):
        page = client.get(f"/en/platform/projects/{project.pk}/").content.decode()
        partners = partners_of(page)
        assert "Awa Ndiaye" in partners and "Pablo Ruiz" in partners
    assert "1 partner" in member_client.get("/en/platform/projects/").content.decode()


def test_a_declined_request_is_not_a_partner_and_nobody_asks_twice(member, member_client, pablo):
    project = ProjectFactory(proposer=member.user)
    pablo_client = client_for(pablo)
    pablo_client.post(f"/en/platform/projects/{project.pk}/", {"message": "Me please"})
    assert (
        pablo_client.post(f"/en/platform/projects/{project.pk}/", {"message": "Again"}).status_code
        == 403
    )
    join = Request.objects.get()
    member_client.post(
        f"/en/platform/projects/{project.pk}/requests/{join.pk}/", {"answer": "declined"}
    )
    join.refresh_from_db()
    assert join.answer == Request.Answer.DECLINED
    page = pablo_client.get(f"/en/platform/projects/{project.pk}/").content.decode()
    assert "Your request to join: Declined." in page
    assert "Pablo Ruiz" not in partners_of(page)


def test_only_the_proposer_edits_the_project(member, member_client, pablo):
    project = ProjectFactory(proposer=member.user)
    data = {"title": "Renamed", "summary": "S", "status": "under-way"}
    assert (
        client_for(pablo).post(f"/en/platform/projects/{project.pk}/edit/", data).status_code == 403
    )
    member_client.post(f"/en/platform/projects/{project.pk}/edit/", data)
    project.refresh_from_db()
    assert project.title == "Renamed" and project.status == "under-way"
    assert project.proposer == member.user


@override_settings(MEMBER_PROJECT_RATE_LIMIT=(1, 3600))
def test_proposing_is_limited_per_member(member_client):
    data = {"title": "First", "summary": "S", "status": "seeking"}
    member_client.post("/fr/platform/projects/propose/", data)
    response = member_client.post("/fr/platform/projects/propose/", data | {"title": "Encore"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "Veuillez réessayer plus tard" in html and 'value="Encore"' in html
    assert Project.objects.count() == 1


def test_filters_and_junk(member_client):
    ProjectFactory(title="Under way in Peru", status="under-way", countries=["PE"], pillars=",1,")
    ProjectFactory(title="Seeking in Senegal")
    for query, shown in [
        ("status=under-way", "Under way in Peru"),
        ("country=SN", "Seeking in Senegal"),
        ("pillar=1", "Under way in Peru"),
    ]:
        html = member_client.get(f"/en/platform/projects/?{query}").content.decode()
        [hidden] = {"Under way in Peru", "Seeking in Senegal"} - {shown}
        assert shown in html and hidden not in html, query
    junk = member_client.get("/en/platform/projects/?status=x&country=%00&pillar=9&page=z")
    assert junk.status_code == 200


def test_the_dashboard_shows_projects_seeking_partners_like_the_member(member, member_client):
    # The member works on pillar 2, in Senegal.
    ProjectFactory(title="Pillar two elsewhere", countries=["PE"], pillars=",2,")
    ProjectFactory(title="In Senegal, pillar one", countries=["SN"], pillars=",1,")
    ProjectFactory(title="Not a match", countries=["PE"], pillars=",3,")
    ProjectFactory(title="Already under way", status="under-way")
    ProjectFactory(title="My own project", proposer=member.user)
    html = member_client.get("/en/platform/").content.decode()
    assert "Projects seeking partners like you" in html
    assert "Pillar two elsewhere" in html and "In Senegal, pillar one" in html
    for title in ("Not a match", "Already under way", "My own project"):
        assert title not in html
    assert 'href="/en/platform/projects/"' in html
