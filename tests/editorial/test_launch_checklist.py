"""The launch checklist: each item the Secretariat still has to enter ticks itself off once the
data is there, on the dashboard and under Reports › Launch checklist."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site
from wagtail.users.models import UserProfile

from involved.models import SecretariatSettings
from sitewide.launch_checklist import items
from tests.about.factories import (
    CriteriaPageFactory,
    GovernancePageFactory,
    criterion,
    dimension,
    governing_body,
    person,
)
from tests.home.factories import ContentPageFactory
from tests.involved.factories import OrganisationFactory
from tests.resources.factories import ResourceIndexPageFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db
URL = reverse("editorial_launch_checklist")


@pytest.fixture(autouse=True)
def in_english():
    """The labels are read in English, whatever language an earlier test's request left
    active in this thread."""
    with translation.override("en"):
        yield


def states():
    return {item.label: item.done for item in items()}


def state(label):
    return next(item for item in items() if item.label == label)


@pytest.fixture
def about(site):
    return site["about"]


def test_criteria_are_done_once_every_dimension_has_complete_criteria(about):
    page = CriteriaPageFactory(
        parent=about,
        dimensions=[dimension("Food security", criterion("Yield")), dimension("Mitigation")],
    )
    label = "The adopted reference criteria, with their indicators, methods and units"
    item = state(label)
    assert not item.done
    assert item.detail == "Dimension without its complete criteria: Mitigation"
    assert item.url == f"/admin/pages/{page.pk}/edit/"

    page.dimensions = [
        dimension("Food security", criterion("Yield")),
        dimension("Mitigation", criterion("Balance", unit="")),
    ]
    page.save_revision().publish()
    assert not state(label).done  # a criterion without its unit is not complete

    page.dimensions = [
        dimension("Food security", criterion("Yield")),
        dimension("Mitigation", criterion("Balance")),
    ]
    page.save_revision().publish()
    assert state(label).done and state(label).detail == ""


def test_governance_is_done_once_each_body_has_members(about):
    page = GovernancePageFactory(
        parent=about,
        bodies=[governing_body("Forum"), governing_body("Consortium", "", person("A. Member"))],
    )
    label = "The members of each governance body"
    assert state(label).detail == "Bodies without members: Forum"

    page.bodies = [
        governing_body("Forum", "", person("B. Member")),
        governing_body("Consortium", "", person("A. Member")),
    ]
    page.save_revision().publish()
    assert state(label).done


def test_contact_details_and_legal_notice_are_done_once_set(site):
    contact = "The Executive Secretariat's contact address and e-mail"
    legal = "The legal notice"
    assert state(contact).detail == (
        "Missing: postal address, e-mail address Messages from the contact page are stored "
        "only, not e-mailed, until an e-mail address is set."
    )
    assert not state(legal).done
    assert state(contact).url == "/admin/settings/involved/secretariatsettings/"

    secretariat = SecretariatSettings.for_site(Site.objects.get(is_default_site=True))
    secretariat.postal_address = "1 rue des Sols, Montpellier"
    secretariat.email = "secretariat@example.org"
    secretariat.legal_notice_page = ContentPageFactory(parent=site["home"], slug="legal")
    secretariat.save()

    assert states()[contact] and states()[legal]


def test_financing_partners_are_done_once_each_has_its_logo(site):
    label = "The financing partners and their logos"
    assert state(label).detail == "No organisation is marked as a financing partner yet."

    partner = OrganisationFactory(name="A funder", is_financing_partner=True)
    assert state(label).detail == "Without a logo: A funder"

    partner.logo = Image.objects.create(title="Logo", file=get_test_image_file())
    partner.save()
    assert state(label).done
    assert states()["Images"]  # the library is no longer empty


def test_documents_are_done_once_adopted_and_dated(site):
    index = ResourceIndexPageFactory(parent=site["home"])
    summary = ResourcePageFactory(
        parent=index, title="Criteria", publication_year=None, resource_type__slug="summary"
    )
    label = "The documents and their publication years"
    item = state(label)
    assert not item.done
    assert "in place of the adopted documents: Criteria" in item.detail
    assert "Without a publication year: Criteria" in item.detail

    summary.resource_type.slug = "official-document"
    summary.resource_type.save()
    summary.publication_year = 2017
    summary.save_revision().publish()
    assert state(label).done


def test_texts_awaiting_approval_are_listed_until_published(about):
    about.intro = "A new introduction, not yet approved."
    about.save_revision()

    item = state("Text awaiting approval: About")
    assert not item.done
    assert item.url == f"/admin/pages/{about.pk}/edit/"

    about.get_latest_revision().publish()
    assert states() == {**states(), "Texts awaiting approval": True}
    assert "Text awaiting approval: About" not in states()


def test_the_secretariat_sees_the_checklist_on_the_dashboard_and_in_reports(client, users):
    client.force_login(users["moderator"])

    report = BeautifulSoup(client.get(URL).content, "html.parser")
    rows = report.select(".launch-checklist__item")
    assert len(rows) == len(items())
    # Each item leads to where it is filled in.
    assert all(row.a["href"].startswith("/admin/") for row in rows)
    assert report.select(".launch-checklist__item--to-do")
    labels = [row.a.get_text() for row in rows]
    assert "The legal notice" in labels and "Images" in labels

    dashboard = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    panel = dashboard.find(id="launch-checklist-section")
    assert panel is not None
    assert panel.find("a", href=URL) is not None
    # Under Reports in the menu (Wagtail's sidebar is drawn from JSON props).
    assert URL in str(dashboard.select_one("#wagtail-sidebar-props"))

    client.force_login(users["editor"])
    # Wagtail sends a user without the permission back to the dashboard.
    assert client.get(URL)["Location"] == reverse("wagtailadmin_home")
    dashboard = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    assert dashboard.find(id="launch-checklist-section") is None
    assert URL not in str(dashboard.select_one("#wagtail-sidebar-props"))


def test_the_checklist_speaks_the_admin_user_language(client, users):
    profile = UserProfile.get_for_user(users["moderator"])
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(users["moderator"])

    report = BeautifulSoup(client.get(URL).content, "html.parser")

    assert "Les mentions légales" in [
        row.a.get_text() for row in report.select(".launch-checklist li")
    ]
