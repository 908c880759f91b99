"""The member's own profile: edit it, what others see of it, download it, close the account."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from members.models import Message

from .factories import PASSWORD, MemberProfileFactory

pytestmark = pytest.mark.django_db


def profile_data(**changes):
    data = {
        "first_name": "Awa",
        "last_name": "Ndiaye",
        "job_title": "Soil scientist",
        "organisation_name": "Sahel Soils",
        "directory_entry": "",
        "country": "SN",
        "language_codes": ["fr", "pt"],
        "pillar_codes": ["1", "4"],
        "presentation": "I measure soil organic carbon in the groundnut basin.",
        "share_photo": "on",
        "share_job_title": "on",
        "share_organisation": "on",
        "share_country": "on",
        "share_languages": "on",
        "share_expertise": "on",
        "email_language": "fr",
        "accepts_messages": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def jpeg(size=(800, 600)):
    out = io.BytesIO()
    Image.new("RGB", size, "green").save(out, "JPEG")
    return SimpleUploadedFile("Awa Ndiaye passport.jpg", out.getvalue(), "image/jpeg")


def test_a_member_completes_the_profile_and_others_see_it_except_what_is_hidden(
    member_client, member, client
):
    response = member_client.post(
        "/en/platform/profile/", profile_data(share_presentation=None, photo=jpeg())
    )
    assert response["Location"] == "/en/platform/profile/"
    member.refresh_from_db()
    assert member.is_complete
    assert member.pillar_codes == ["1", "4"]
    assert member.language_codes == ["fr", "pt"]
    # The photo is stored again as a small JPEG under a random name.
    assert "passport" not in member.photo.name
    assert Image.open(member.photo.path).size == (600, 450)

    other = MemberProfileFactory()
    client.force_login(other.user)
    html = client.get(f"/fr/platform/community/{member.pk}/").content.decode()
    assert "Soil scientist" in html
    assert "Sénégal" in html
    assert "Suivi, notification et vérification du carbone des sols" in html
    assert "groundnut basin" not in html  # the presentation is hidden
    assert member.user.email not in html


def test_bad_input_keeps_what_was_typed_and_is_explained_in_the_page_language(member_client):
    bad = io.BytesIO(b"<html><script>alert(1)</script></html>")
    response = member_client.post(
        "/es/platform/profile/",
        profile_data(
            job_title="Edafóloga",
            country="XX",
            photo=SimpleUploadedFile("photo.jpg", bad.getvalue(), "image/jpeg"),
        ),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="Edafóloga"' in html
    assert "Elija una foto en formato JPEG, PNG o WebP." in html
    assert "Corrija los campos señalados a continuación." in html


def test_the_member_changes_the_password_with_the_old_one(member_client, member):
    response = member_client.post(
        "/en/platform/profile/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "deep-roots-77",
            "new_password2": "deep-roots-77",
        },
    )
    assert response["Location"] == "/en/platform/"
    member.user.refresh_from_db()
    assert member.user.check_password("deep-roots-77")
    # Still signed in after the change.
    assert member_client.get("/en/platform/").status_code == 200


def test_download_my_data_gives_the_profile_and_messages_as_json(member_client, member):
    other = MemberProfileFactory(user__first_name="Ana", user__last_name="García")
    Message.objects.create(sender=other.user, recipient=member.user, body="¿Hablamos de biochar?")
    response = member_client.get("/en/platform/profile/data/")
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == member.user.email
    assert data["profile"]["country"] == "SN"
    assert data["messages_received"] == [
        {
            "sender": "Ana García",
            "sent_at": data["messages_received"][0]["sent_at"],
            "body": "¿Hablamos de biochar?",
        }
    ]


def test_closing_the_account_needs_confirmation_then_removes_the_member(
    member_client, member, client
):
    other = MemberProfileFactory()
    Message.objects.create(sender=member.user, recipient=other.user, body="Hello from Dakar")
    response = member_client.post("/fr/platform/profile/close/", {})
    assert "Veuillez cocher la case pour confirmer." in response.content.decode()

    response = member_client.post("/fr/platform/profile/close/", {"confirm": "on"})
    assert "Votre compte est fermé" in response.content.decode()
    member.refresh_from_db()
    member.user.refresh_from_db()
    assert member.closed_at and not member.user.is_active
    assert (member.user.email, member.user.first_name, member.organisation_name) == ("", "", "")
    assert member_client.get("/fr/platform/").status_code == 302  # signed out
    assert not member.user.has_usable_password()

    # Gone from the Community; the message stays, signed "Former member".
    client.force_login(other.user)
    assert client.get(f"/en/platform/community/{member.pk}/").status_code == 404
    inbox = client.get("/en/platform/messages/").content.decode()
    assert "Hello from Dakar" in inbox
    assert "Former member" in inbox


@override_settings(MEMBER_PROFILE_RATE_LIMIT=(2, 3600))
def test_profile_saves_are_throttled(member_client):
    for _ in range(2):
        assert member_client.post("/en/platform/profile/", profile_data()).status_code == 302
    response = member_client.post("/en/platform/profile/", profile_data(job_title="Agronomist"))
    assert response.status_code == 429
    assert 'value="Agronomist"' in response.content.decode()
