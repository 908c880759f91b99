"""The contact page: the Secretariat's address once set, and until then the ways to reach the
Initiative that the site offers, never an empty page or an admin placeholder."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from involved.models import SecretariatSettings
from sitewide.content_loading import synchronise_trees

from .factories import ContactPageFactory, JoinFormPageFactory, MembersPageFactory

pytestmark = pytest.mark.django_db

WAYS = {
    "en": ("fill in the join form", "sign in to the members' area"),
    "fr": ("remplissez le formulaire d’adhésion", "connectez-vous à l’espace membres"),
    "es": ("rellene el formulario de adhesión", "inicie sesión en el área de miembros"),
}


@pytest.fixture
def contact(get_involved, locales):
    JoinFormPageFactory(parent=get_involved)
    MembersPageFactory(parent=get_involved)
    page = ContactPageFactory(parent=get_involved)
    synchronise_trees()
    return page


def main(client, path):
    return BeautifulSoup(client.get(path).content, "html.parser").main


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_without_an_address_the_page_leads_to_the_join_form_and_the_members_area(
    client, contact, language
):
    page = main(client, f"/{language}/get-involved/contact/")

    assert page.find("address") is None
    links = {a.get_text(): a["href"] for a in page.select(".contact-page__ways a")}
    join, members = WAYS[language]
    assert links == {
        join: f"/{language}/get-involved/join/",
        members: f"/{language}/get-involved/members-area/",
    }


def test_the_address_set_in_settings_is_shown(client, contact):
    secretariat = SecretariatSettings.for_site(Site.objects.get(is_default_site=True))
    secretariat.email = "secretariat@example.org"
    secretariat.save()

    page = main(client, "/en/get-involved/contact/")

    assert page.address.a["href"] == "mailto:secretariat@example.org"
    assert page.select_one(".contact-page__ways") is None
