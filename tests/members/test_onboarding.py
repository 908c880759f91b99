"""From application to login: the Secretariat accepts or declines in the admin; the same path
as `add_member` and `import_members` for existing members."""

import io
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from editorial.roles import setup_roles
from involved.models import Organisation
from members.models import MEMBERS_GROUP, ApplicationDecision, MemberProfile
from sitewide.models import ContentVersion
from tests.editorial.factories import UserFactory as EditorialUserFactory
from tests.involved.factories import (
    DirectoryPageFactory,
    GetInvolvedPageFactory,
    JoinFormPageFactory,
)
from tests.search.reading import results

pytestmark = pytest.mark.django_db

DIRECTORY = "/en/get-involved/members-and-partners/"


def login_and_password(message):
    login = re.search(r"(?:official login|login officiel|usuario oficial)\s?: (\S+)", message.body)
    password = re.search(
        r"(?:temporary password|mot de passe temporaire|contraseña temporal)\s?: (\S+)",
        message.body,
    )
    return login.group(1), password.group(1)


def test_add_member_registers_the_account_and_mails_the_login_in_the_members_language(
    home_page, client
):
    out = io.StringIO()
    call_command(
        "add_member",
        "Awa.Diop@Example.org",
        name="Awa Diop",
        organisation="Sols Vivants",
        language="fr",
        country="sn",
        stdout=out,
    )
    profile = MemberProfile.objects.get(user__email="awa.diop@example.org")
    assert profile.user.groups.filter(name=MEMBERS_GROUP).exists()
    assert (profile.user.first_name, profile.user.last_name) == ("Awa", "Diop")
    assert profile.country.code == "SN"
    assert profile.must_change_password
    assert profile.status == "invited"
    (message,) = mail.outbox
    assert message.to == ["awa.diop@example.org"]
    assert (
        message.subject
        == "Votre accès à la plateforme collaborative de l’Initiative «\u00a04 pour 1000\u00a0»"
    )
    assert "/fr/account/login/" in message.body
    login, password = login_and_password(message)
    assert login == "awa.diop@example.org"
    # The temporary password opens the account, which must then choose its own.
    response = client.post("/fr/account/login/", {"username": login, "password": password})
    assert client.get(response["Location"])["Location"] == "/fr/platform/profile/password/"


def test_add_member_refuses_an_address_that_already_has_an_account(home_page):
    call_command("add_member", "awa@example.org", name="Awa Diop", stdout=io.StringIO())
    with pytest.raises(CommandError, match="already has an account"):
        call_command("add_member", "AWA@example.org", name="Awa Diop", stdout=io.StringIO())
    assert len(mail.outbox) == 1


CSV = """email,name,organisation,language,country
ana@example.org,Ana García,Suelos Vivos,es,AR
not-an-address,Nobody,,en,
tom@example.org,Tom Smith,Soil Trust,de,GB
ana@example.org,Ana Again,,es,
lea@example.org,Léa Martin,,FR,FR
"""


def test_import_dry_run_says_what_it_would_do_and_changes_nothing(home_page, tmp_path):
    path = tmp_path / "members.csv"
    path.write_text(CSV, encoding="utf-8")
    out = io.StringIO()
    call_command("import_members", str(path), dry_run=True, stdout=out)
    report = out.getvalue()
    assert "+ line 2: ana@example.org would register, login in es" in report
    assert "line 3: not-an-address skipped: not a valid e-mail address" in report
    assert "line 4: tom@example.org skipped: language 'de'" in report
    assert "line 5: ana@example.org skipped: listed twice" in report
    assert "+ line 6: lea@example.org would register, login in fr" in report
    assert (
        "2 member(s) would register, 3 skipped (dry run: nothing changed, nothing sent)" in report
    )
    assert not get_user_model().objects.exists()
    assert mail.outbox == []


def test_import_registers_each_valid_row_and_mails_each_in_their_language(home_page, tmp_path):
    path = tmp_path / "members.csv"
    path.write_text(CSV, encoding="utf-8")
    call_command("import_members", str(path), stdout=io.StringIO())
    assert sorted(MemberProfile.objects.values_list("user__email", "email_language")) == [
        ("ana@example.org", "es"),
        ("lea@example.org", "fr"),
    ]
    subjects = sorted(message.subject for message in mail.outbox)
    assert subjects == [
        "Su acceso a la plataforma colaborativa de la Iniciativa «4 por 1000»",
        "Votre accès à la plateforme collaborative de l’Initiative «\u00a04 pour 1000\u00a0»",
    ]
    # Run again: everyone is already registered, nobody is mailed twice.
    out = io.StringIO()
    call_command("import_members", str(path), stdout=out)
    assert "0 member(s) registered" in out.getvalue()
    assert len(mail.outbox) == 2


def test_import_refuses_a_file_without_the_columns(home_page, tmp_path):
    path = tmp_path / "members.csv"
    path.write_text("mail;nom\nx@example.org;X\n", encoding="utf-8")
    with pytest.raises(CommandError, match="needs the columns"):
        call_command("import_members", str(path), stdout=io.StringIO())


@pytest.fixture
def moderator(home_page):
    setup_roles(log=lambda message: None)
    return EditorialUserFactory(username="moderator", groups=["Moderators"])


@pytest.fixture
def french_application(home_page):
    """As the join form stores an application sent in French (in English, for the Secretariat)."""
    join = JoinFormPageFactory(parent=GetInvolvedPageFactory(parent=home_page), to_address="")
    return FormSubmission.objects.create(
        page=join,
        form_data={
            "organisation": "Sols Vivants",
            "college": "NGOs and civil society",
            "country": "Senegal (SN)",
            "contact_person": "Awa Diop",
            "email": "awa@example.org",
            "commitment": "We will train 200 farmers.",
            "declaration": "",
            "consent": "Yes",
            "language": "French",
        },
    )


def test_a_moderator_accepts_an_application_the_applicant_gets_a_french_login(
    client, moderator, french_application, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    listing = client.get("/admin/platform/applications/").content.decode()
    assert "Sols Vivants" in listing
    url = f"/admin/platform/applications/{french_application.pk}/"
    form = client.get(url).content.decode()
    # The form starts from what the applicant sent, turned back into codes.
    assert 'value="Sols Vivants"' in form
    assert '<option value="fr" selected>' in form
    assert '<option value="SN" selected>' in form
    assert '<option value="ngos-civil-society" selected>' in form

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "action": "accept",
                "organisation": "Sols Vivants",
                "college": "ngos-civil-society",
                "status": "partner",
                "country": "SN",
                "contact_person": "Awa Diop",
                "email": "awa@example.org",
                "language": "fr",
                "directory": "publish",
            },
        )
    assert response.status_code == 302
    profile = MemberProfile.objects.get(user__email="awa@example.org")
    entry = Organisation.objects.get(pk=profile.organisation_id)
    assert (entry.name, entry.college, entry.status, entry.country.code, entry.live) == (
        "Sols Vivants",
        "ngos-civil-society",
        "partner",
        "SN",
        True,
    )
    (message,) = mail.outbox
    assert message.subject.startswith("Votre accès à la plateforme collaborative")
    assert login_and_password(message)[0] == "awa@example.org"
    decision = ApplicationDecision.objects.get(submission=french_application)
    assert decision.decision == "accepted" and decision.decided_by == moderator
    # Decided: it is no longer offered for review.
    assert client.get(url, follow=True).status_code == 404


def test_accepting_without_listing_the_organisation_adds_nothing_to_the_directory(
    client, moderator, french_application
):
    client.force_login(moderator)
    data = {
        "action": "accept",
        "organisation": "Sols Vivants",
        "college": "ngos-civil-society",
        "status": "partner",
        "country": "SN",
        "contact_person": "Awa Diop",
        "email": "awa@example.org",
        "language": "fr",
        "directory": "none",
    }
    client.post(f"/admin/platform/applications/{french_application.pk}/", data)
    assert not Organisation.objects.filter(name="Sols Vivants").exists()
    assert MemberProfile.objects.get().organisation_name == "Sols Vivants"


ACCEPT = {
    "action": "accept",
    "organisation": "Sols Vivants",
    "college": "ngos-civil-society",
    "status": "partner",
    "country": "SN",
    "contact_person": "Awa Diop",
    "email": "awa@example.org",
    "language": "fr",
}


def what_visitors_see(client):
    """Whether the organisation shows in the directory, its CSV export and the site search."""
    directory = client.get(DIRECTORY).content.decode()
    export = client.get(f"{DIRECTORY}?format=csv").content.decode()
    search = [title for title, _kind in results(client.get("/en/search/?q=vivants"))]
    return ("Sols Vivants" in directory, "Sols Vivants" in export, "Sols Vivants" in search)


@pytest.fixture
def directory(french_application):
    return DirectoryPageFactory(parent=french_application.page.get_parent())


def test_accepted_as_a_draft_the_organisation_shows_nowhere_until_it_is_published(
    client, moderator, french_application, directory
):
    visitor = Client()
    before = ContentVersion.read()
    client.force_login(moderator)
    response = client.post(
        f"/admin/platform/applications/{french_application.pk}/",
        {**ACCEPT, "directory": "draft"},
        follow=True,
    )
    assert "visitors will see it once it is published" in response.content.decode()

    entry = Organisation.objects.get(name="Sols Vivants")
    assert MemberProfile.objects.get().organisation_id == entry.pk
    assert not entry.live and entry.status_string == "draft"
    # A draft changes nothing visitors see: the cached pages and fragments stay valid.
    assert ContentVersion.read() == before
    assert what_visitors_see(visitor) == (False, False, False)
    # The Secretariat finds it among the organisations, to review and publish.
    listing = BeautifulSoup(
        client.get("/admin/snippets/involved/organisation/?live=false").content, "html.parser"
    )
    (row,) = [tr for tr in listing.select("tbody tr") if "Sols Vivants" in tr.get_text()]
    assert "draft" in row.get_text().lower()

    entry.get_latest_revision().publish(user=moderator)

    assert ContentVersion.read() != before
    assert what_visitors_see(visitor) == (True, True, True)


def test_accepted_and_published_the_organisation_shows_at_once(
    client, moderator, french_application, directory
):
    client.force_login(moderator)
    before = ContentVersion.read()
    client.post(
        f"/admin/platform/applications/{french_application.pk}/",
        {**ACCEPT, "directory": "publish"},
    )
    assert Organisation.objects.get(name="Sols Vivants").live
    assert ContentVersion.read() != before
    assert what_visitors_see(Client()) == (True, True, True)


def test_an_address_with_an_account_is_refused_and_the_form_keeps_what_was_typed(
    client, moderator, french_application
):
    call_command("add_member", "awa@example.org", name="Awa Diop", stdout=io.StringIO())
    client.force_login(moderator)
    response = client.post(
        f"/admin/platform/applications/{french_application.pk}/",
        {"action": "accept", "organisation": "Sols Vivants Typed", "email": "awa@example.org"},
    )
    html = response.content.decode()
    assert "This address already has an account on the platform." in html
    assert 'value="Sols Vivants Typed"' in html


@pytest.mark.parametrize("send_email", [True, False])
def test_declining_sends_a_polite_french_e_mail_only_if_asked(
    client, moderator, french_application, send_email
):
    client.force_login(moderator)
    data = {"action": "decline", **({"send_email": "on"} if send_email else {})}
    client.post(f"/admin/platform/applications/{french_application.pk}/", data)
    assert ApplicationDecision.objects.get().decision == "declined"
    assert not MemberProfile.objects.exists()
    if send_email:
        (message,) = mail.outbox
        assert message.to == ["awa@example.org"]
        assert message.subject == "Votre candidature à l’Initiative «\u00a04 pour 1000\u00a0»"
        assert "Sols Vivants" in message.body
    else:
        assert mail.outbox == []


def test_editors_cannot_see_applications_nor_members(client, home_page):
    setup_roles(log=lambda message: None)
    client.force_login(EditorialUserFactory(username="editor", groups=["Editors"]))
    for url in ("/admin/platform/applications/", "/admin/platform/members/"):
        assert client.get(url).status_code in (302, 403)
