import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.core import mail
from wagtail.models import PageViewRestriction, Site

from involved.models import SecretariatSettings
from tests.home.factories import ContentPageFactory

from .factories import ContactPageFactory, MembersPageFactory

pytestmark = pytest.mark.django_db

AREA = "/en/get-involved/members-area/"


@pytest.fixture
def members_area(get_involved):
    page = MembersPageFactory(parent=get_involved)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


@pytest.fixture
def member(db):
    return User.objects.create_user("awa", "awa@example.org", "soil-carbon-2016")


def sign_in(client, next_url, remember):
    data = {"username": "awa", "password": "soil-carbon-2016", "next": next_url}
    if remember:
        data["remember"] = "on"
    return client.post("/en/account/login/", data)


def test_anonymous_visitor_signs_in_and_comes_back_to_the_restricted_page(
    client, members_area, member
):
    response = client.get(AREA)
    assert response.status_code == 302
    assert response["Location"] == f"/en/account/login/?next={AREA}"

    login = client.get(response["Location"])
    assert 'value="/en/get-involved/members-area/"' in login.content.decode()
    assert "Welcome to the Collaborative Platform" in login.content.decode()

    response = sign_in(client, AREA, remember=False)
    assert response.status_code == 302
    assert response["Location"] == AREA
    # Not kept signed in: the session ends with the browser.
    assert client.session.get_expire_at_browser_close()

    # Signed in, the members' area leads to the collaborative platform's dashboard.
    page = client.get(AREA)
    assert page["Location"] == "/en/platform/"
    assert "private" in page["Cache-Control"]
    dashboard = client.get("/en/platform/")
    assert dashboard.status_code == 200
    assert "Signed in as awa" in dashboard.content.decode()


def test_pages_under_the_members_area_stay_private_and_readable_by_members(
    client, members_area, member
):
    ContentPageFactory(parent=members_area, slug="minutes", title="Minutes of the Forum")
    minutes = "/en/get-involved/members-area/minutes/"
    assert client.get(minutes).status_code == 302
    client.force_login(member)

    assert "Minutes of the Forum" in client.get(minutes).content.decode()


def test_keep_me_signed_in_keeps_the_session(client, members_area, member):
    sign_in(client, AREA, remember=True)
    assert not client.session.get_expire_at_browser_close()


def test_wrong_password_is_refused(client, members_area, member):
    response = client.post(
        "/en/account/login/", {"username": "awa", "password": "nope", "next": AREA}
    )
    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()
    assert client.get(AREA).status_code == 302


def test_the_login_page_welcomes_in_french_and_spanish(client):
    french = client.get("/fr/account/login/").content.decode()
    assert "Bienvenue sur la plateforme collaborative de l’Initiative 4 pour 1000" in french
    spanish = client.get("/es/account/login/").content.decode()
    assert "Esta plataforma permite a los miembros de la iniciativa ponerse en contacto" in spanish


@pytest.mark.parametrize(
    ("language", "label"),
    [("en", "Keep me logged in"), ("fr", "Gardez-moi connecté"), ("es", "Mantenerme conectado")],
)
def test_the_checkbox_is_named_as_the_sign_in_instructions_say(client, language, label):
    html = BeautifulSoup(client.get(f"/{language}/account/login/").content, "html.parser")

    checkbox = html.find("input", attrs={"type": "checkbox"})
    assert html.find("label", attrs={"for": checkbox["id"]}).get_text(strip=True) == label
    # The platform's instructions in the page's language tell the member to tick it.
    assert label in html.select_one(f".multilingual-note [lang={language}]").get_text()


def test_password_reset_by_e_mail_in_the_visitor_language(client, member):
    response = client.post("/fr/account/password-reset/", {"email": "awa@example.org"})
    assert response["Location"] == "/fr/account/password-reset/sent/"
    (message,) = mail.outbox
    assert (
        message.subject
        == "Votre mot de passe sur la plateforme collaborative «\u00a04 pour 1000\u00a0»"
    )
    link = re.search(r"https?://\S+/fr/account/password-reset/\S+/", message.body).group()

    response = client.get(link, follow=True)
    assert "Choisir un nouveau mot de passe" in response.content.decode()
    form_url = response.redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "humus-rich-soil-42", "new_password2": "humus-rich-soil-42"}
    )
    assert response["Location"] == "/fr/account/password-reset/done/"
    member.refresh_from_db()
    assert member.check_password("humus-rich-soil-42")


def test_contact_page_shows_the_secretariat_address_from_the_settings(client, get_involved):
    ContactPageFactory(parent=get_involved)
    secretariat = SecretariatSettings.for_site(Site.objects.get(is_default_site=True))
    secretariat.postal_address = "12 rue du Sol\n34000 Montpellier"
    secretariat.email = "secretariat@example.org"
    secretariat.save()
    html = client.get("/en/get-involved/contact/").content.decode()
    assert "Executive Secretariat of the “4 per 1000” Initiative" in html
    assert "12 rue du Sol<br>34000 Montpellier" in html
    assert 'href="mailto:secretariat@example.org"' in html
