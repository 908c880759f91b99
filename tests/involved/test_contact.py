"""The contact page: the Secretariat's address once set, and until then the ways to reach the
Initiative that the site offers, never an empty page or an admin placeholder; and its form to
write to the Secretariat."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Site

from editorial.roles import setup_roles
from involved.models import SecretariatSettings
from involved.retention import delete_expired_applications
from sitewide.content_loading import synchronise_trees
from tests.editorial.factories import UserFactory

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


# The contact form: stored for the Secretariat, e-mailed once its address is set, protected
# from robots, in the visitor's language.

URL = "/{}/get-involved/contact/"
SENT = {
    "en": "Your message has been sent to the Executive Secretariat",
    "fr": "Votre message a été envoyé au Secrétariat exécutif",
    "es": "Su mensaje ha sido enviado a la Secretaría Ejecutiva",
}


def message(**changes):
    data = {
        "name": "Awa Diop",
        "email": "awa@example.org",
        "subject": "Soil carbon in Senegal",
        "message": "How can our cooperative take part?",
        "website": "",
    }
    return {**data, **changes}


def set_secretariat_email(address):
    secretariat = SecretariatSettings.for_site(Site.objects.get(is_default_site=True))
    secretariat.email = address
    secretariat.save()


def field_values(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        "name": soup.find(id="id_name")["value"],
        "email": soup.find(id="id_email")["value"],
        "message": soup.find(id="id_message").get_text().strip(),
    }


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_message_is_stored_and_thanked_for_in_the_visitor_language(client, contact, language):
    response = client.post(URL.format(language), message())

    assert response.status_code == 200
    assert SENT[language] in response.content.decode()
    (stored,) = FormSubmission.objects.all()
    assert stored.page.locale.language_code == language
    assert stored.get_data()["message"] == "How can our cooperative take part?"
    assert (
        stored.get_data()["language"]
        == {"en": "English", "fr": "French", "es": "Spanish"}[language]
    )
    # No address in the settings yet: stored for the admin, nothing e-mailed.
    assert mail.outbox == []


def test_once_the_address_is_set_each_message_is_e_mailed_to_it(client, contact):
    set_secretariat_email("secretariat@example.org")

    client.post(URL.format("fr"), message(subject="Carbone\r\nBcc: x@example.com"))

    (sent,) = mail.outbox
    assert sent.to == ["secretariat@example.org"]
    assert sent.reply_to == ["awa@example.org"]
    # One line, in the Secretariat's language, whatever the visitor typed.
    assert sent.subject == "Contact page: Carbone Bcc: x@example.com"
    assert "Message: How can our cooperative take part?" in sent.body
    assert "Language: French" in sent.body
    assert FormSubmission.objects.count() == 1


@pytest.mark.parametrize(
    ("language", "required", "invalid_email"),
    [
        ("en", "This field is required.", "Enter a valid email address."),
        ("fr", "Champ requis.", "Saisissez une adresse de courriel valide."),
        (
            "es",
            "Este campo es necesario.",
            "Introduzca una dirección de correo electrónico válida.",
        ),
    ],
)
def test_errors_are_localised_and_what_was_typed_is_kept(
    client, contact, language, required, invalid_email
):
    response = client.post(URL.format(language), message(email="awa@", subject=""))

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find(id="id_subject_error").get_text(strip=True) == required
    assert soup.find(id="id_email_error").get_text(strip=True) == invalid_email
    assert field_values(response) == {
        "name": "Awa Diop",
        "email": "awa@",
        "message": "How can our cooperative take part?",
    }
    assert not FormSubmission.objects.exists()


def test_the_confirmation_shows_what_was_typed_as_text_never_as_html(client, contact):
    typed = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    response = client.post(URL.format("en"), message(subject=typed))

    html = response.content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    confirmation = BeautifulSoup(html, "html.parser").main.get_text()
    assert typed in confirmation


def test_robots_filling_the_honeypot_are_thanked_and_ignored(client, contact):
    set_secretariat_email("secretariat@example.org")
    soup = BeautifulSoup(client.get(URL.format("en")).content, "html.parser")
    assert "hp-field" in soup.find(id="id_website").find_parent(class_="field")["class"]

    response = client.post(URL.format("en"), message(website="https://spam.example.com"))

    assert SENT["en"] in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


@override_settings(CONTACT_FORM_RATE_LIMIT=(2, 3600))
@pytest.mark.parametrize(
    ("language", "refusal"),
    [
        ("en", "Too many forms were sent from your connection. Please try later."),
        ("fr", "Trop de formulaires ont été envoyés depuis votre connexion."),
        ("es", "Se han enviado demasiados formularios desde su conexión."),
    ],
)
def test_too_many_messages_from_one_visitor_are_refused_in_their_language(
    client, contact, language, refusal
):
    for _ in range(2):
        assert SENT[language] in client.post(URL.format(language), message()).content.decode()

    response = client.post(URL.format(language), message(name="Awa D."))

    assert response.status_code == 429
    assert refusal in response.content.decode()
    assert field_values(response)["name"] == "Awa D."
    assert FormSubmission.objects.count() == 2
    other = client.post(URL.format(language), message(), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200


def test_the_form_works_with_csrf_checks_and_is_never_in_a_shared_cache(contact):
    client = Client(enforce_csrf_checks=True)
    page = client.get(URL.format("en"))
    assert "private" in page["Cache-Control"]
    token = BeautifulSoup(page.content, "html.parser").find(
        "input", {"name": "csrfmiddlewaretoken"}
    )

    refused = Client(enforce_csrf_checks=True).post(URL.format("en"), message())
    sent = client.post(URL.format("en"), {**message(), "csrfmiddlewaretoken": token["value"]})

    assert refused.status_code == 403
    assert SENT["en"] in sent.content.decode()
    assert "private" in sent["Cache-Control"]


def test_the_form_says_what_is_kept_and_for_how_long(client, contact):
    soup = BeautifulSoup(client.get(URL.format("fr")).content, "html.parser")
    note = soup.select_one(".contact-page__form .form-privacy").get_text(" ", strip=True)
    assert "Seul le Secrétariat exécutif lit votre nom" in note
    assert "supprimés 24 mois après leur envoi" in note


def test_only_the_secretariat_reads_the_messages_in_the_admin(client, contact):
    setup_roles(log=lambda message: None)
    client.post(URL.format("es"), message(subject="Pregunta"))
    page = FormSubmission.objects.get().page
    url = f"/admin/forms/submissions/{page.pk}/"
    for group in ("Editors", "French translators", "Spanish translators"):
        client.force_login(UserFactory(groups=[group]))
        refused = client.get(url)
        assert (refused.status_code, refused["Location"]) == (302, "/admin/"), group
    client.force_login(UserFactory(groups=["Moderators"]))
    listing = client.get(url)
    assert listing.status_code == 200
    assert "Pregunta" in listing.content.decode()
    assert "Contact" in client.get("/admin/forms/").content.decode()


def test_old_messages_are_deleted_after_the_retention_period(client, contact):
    client.post(URL.format("en"), message(subject="Old"))
    client.post(URL.format("en"), message(subject="Recent"))
    old = FormSubmission.objects.get(form_data__subject="Old")
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - timedelta(days=800)
    )

    assert delete_expired_applications() == (1, 0)

    assert [s.get_data()["subject"] for s in FormSubmission.objects.all()] == ["Recent"]
