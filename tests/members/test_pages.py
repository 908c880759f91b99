"""About us and Help & support: pages the Secretariat edits, in EN/FR/ES, for members only."""

import pytest
from django.core import mail
from django.test import override_settings
from wagtail.models import Site

from involved.models import SecretariatSettings
from members.models import PlatformPage, SecretariatMessage
from tests.helpers import load_initial_content, sitemap_paths

from .factories import MemberProfileFactory


@pytest.fixture
def site_with_platform(root_page, transactional_db):
    load_initial_content()
    settings = SecretariatSettings.for_site(Site.objects.get(is_default_site=True))
    settings.email = "secretariat@example.org"
    settings.save()


@pytest.mark.django_db(transaction=True)
def test_the_platform_pages_in_three_languages_for_members_only(site_with_platform, client):
    assert PlatformPage.objects.filter(live=True).count() == 6
    for url in ("/en/platform/about-us/", "/fr/platform/help-support/"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/account/login/" in response["Location"]
    assert not [path for path in sitemap_paths(client) if "/platform/" in path]

    member = MemberProfileFactory()
    client.force_login(member.user)
    texts = {
        "en": "This platform allows the members of the Initiative to get in touch",
        "fr": "Cette plateforme permet aux membres de l'Initiative de rentrer en contact",
        "es": "Esta plataforma permite a los miembros de la iniciativa ponerse en contacto",
    }
    for language, text in texts.items():
        response = client.get(f"/{language}/platform/about-us/")
        html = response.content.decode().replace("&#x27;", "'").replace("’", "'")
        assert text in html
        assert f'<html lang="{language}"' in html
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
        assert response["X-Robots-Tag"].startswith("noindex")
    nav = client.get("/es/platform/").content.decode()
    assert "Quiénes somos" in nav and "Ayuda y soporte" in nav and "Comunidad" in nav


@pytest.mark.django_db(transaction=True)
def test_contact_the_secretariat_is_stored_and_sent_to_the_settings_address(
    site_with_platform, client
):
    member = MemberProfileFactory(user__first_name="Ana", user__last_name="García")
    client.force_login(member.user)
    page = client.get("/es/platform/help-support/").content.decode()
    assert "Contactar con la Secretaría" in page

    refused = client.post("/es/platform/help-support/", {"subject": "", "body": "Hola"})
    assert "Este campo es necesario." in refused.content.decode()
    assert "Hola</textarea>" in refused.content.decode()

    response = client.post(
        "/es/platform/help-support/", {"subject": "Mi contraseña", "body": "No puedo entrar."}
    )
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["secretariat@example.org"]
    assert message.subject == "Mi contraseña"
    stored = SecretariatMessage.objects.get()
    assert (stored.sender, stored.sender_name, stored.body) == (
        member.user,
        "Ana García",
        "No puedo entrar.",
    )


@pytest.mark.django_db(transaction=True)
@override_settings(MEMBER_MESSAGE_RATE_LIMIT=(1, 3600))
def test_contacting_the_secretariat_is_throttled(site_with_platform, client):
    client.force_login(MemberProfileFactory().user)
    data = {"subject": "Question", "body": "Hello"}
    assert client.post("/en/platform/help-support/", data).status_code == 302
    assert client.post("/en/platform/help-support/", data).status_code == 429
    assert len(mail.outbox) == 1
