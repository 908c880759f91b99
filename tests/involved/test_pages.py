import pytest
import wagtail_factories
from wagtail.models import Page, PageViewRestriction

from involved.models import (
    ContactPage,
    DirectoryPage,
    GetInvolvedPage,
    JoinFormPage,
    MembersPage,
    Organisation,
    SecretariatSettings,
)
from tests.helpers import load_initial_content

from .factories import OrganisationFactory


@pytest.mark.django_db
def test_get_involved_pages_go_under_a_content_page_once_each(get_involved):
    for model in (DirectoryPage, JoinFormPage, ContactPage):
        assert model.can_create_at(get_involved)
        assert not model.can_create_at(get_involved.get_parent())
    assert MembersPage.can_create_at(get_involved)
    assert set(MembersPage.allowed_subpage_models()) == {MembersPage}


@pytest.mark.django_db
def test_financing_partners_on_the_home_page(client, home_page, en):
    OrganisationFactory(
        name="Fonds Sol", is_financing_partner=True, locale=en, website="https://fonds.example.org/"
    )
    OrganisationFactory(
        name="Soil Trust",
        is_financing_partner=True,
        locale=en,
        logo=wagtail_factories.ImageFactory(),
    )
    OrganisationFactory(name="Not a funder", locale=en)
    html = client.get("/en/").content.decode()
    assert '<a href="https://fonds.example.org/" rel="external">Fonds Sol</a>' in html
    assert 'alt="Soil Trust"' in html
    assert "Not a funder" not in html


@pytest.mark.django_db
def test_no_financing_partners_no_list(client, home_page):
    assert 'class="partner-logos"' not in client.get("/en/").content.decode()


# Not in a transaction: wagtail-localize publishes translations on commit.
@pytest.mark.django_db(transaction=True)
def test_initial_content_builds_the_get_involved_section_in_three_languages(root_page, client):
    load_initial_content()
    second = load_initial_content()
    assert "Members and partners (/home/get-involved/members-and-partners/) already exists" in (
        second
    )
    assert Organisation.objects.filter(locale__language_code="en").count() == 5
    assert Organisation.objects.count() == 15

    get_involved = GetInvolvedPage.objects.get(slug="get-involved", locale__language_code="en")
    assert [type(p.specific) for p in get_involved.get_children()] == [
        DirectoryPage,
        JoinFormPage,
        MembersPage,
        ContactPage,
    ]
    for members in MembersPage.objects.all():
        assert (
            members.get_view_restrictions()
            .filter(restriction_type=PageViewRestriction.LOGIN)
            .exists()
        )
    assert MembersPage.objects.count() == 3

    french = client.get("/fr/participer/membres-et-partenaires/")
    assert "Partenariat mondial sur les sols (PMS)" in french.content.decode()
    assert "Partenaire de coopération" in french.content.decode()
    assert client.get("/es/participar/unirse/").status_code == 200
    assert client.get("/fr/participer/espace-membres/")["Location"].startswith("/fr/account/login/")
    assert SecretariatSettings.objects.get().postal_address == ""
    # Nothing is set yet, so the contact page shows no empty or made-up address.
    assert "<address" not in client.get("/es/participar/contacto/").content.decode()
    assert Page.objects.filter(locale__language_code="es", slug="contacto").exists()


@pytest.mark.django_db
def test_editors_filter_organisations_in_the_admin(admin_client, en):
    OrganisationFactory(name="Agrisoil", status="member", locale=en)
    OrganisationFactory(name="Bonn Soils", status="partner", locale=en)
    response = admin_client.get("/admin/snippets/involved/organisation/", {"status": "partner"})
    assert response.status_code == 200
    assert "Bonn Soils" in response.content.decode()
    assert "Agrisoil" not in response.content.decode()
