"""The member chooses how often they hear by e-mail and about what, on their own page linked
from the profile; a bad choice is explained and what was ticked is kept."""

import re

import pytest

from notifications.models import Frequency, Preference

pytestmark = pytest.mark.django_db

URL = "/en/platform/notifications/settings/"


def checked(html, name):
    return sorted(
        re.findall(
            rf'<input type="(?:checkbox|radio)" name="{name}" value="([^"]+)"[^>]*checked', html
        )
    )


def test_the_profile_leads_to_the_notification_settings(awa_client):
    html = awa_client.get("/fr/platform/profile/").content.decode()
    assert 'href="/fr/platform/notifications/settings/"' in html
    assert "Choisir quels e-mails vous recevez, et à quelle fréquence" in html


def test_by_default_everything_is_emailed_at_once(awa_client):
    html = awa_client.get(URL).content.decode()
    assert checked(html, "frequency") == ["immediately"]
    assert len(checked(html, "emailed_kinds")) == 7


def test_a_member_chooses_a_weekly_digest_about_replies_and_messages_only(awa_client, awa):
    response = awa_client.post(
        URL, {"frequency": "weekly", "emailed_kinds": ["reply", "message"]}, follow=True
    )
    assert "Your notification settings are saved." in response.content.decode()
    preference = Preference.objects.get(user=awa.user)
    assert preference.frequency == Frequency.WEEKLY
    assert not preference.mutes("reply") and not preference.mutes("message")
    assert preference.mutes("mention") and preference.mutes("project-request")
    html = awa_client.get(URL).content.decode()
    assert checked(html, "frequency") == ["weekly"]
    assert checked(html, "emailed_kinds") == ["message", "reply"]


def test_a_bad_choice_is_explained_in_the_page_language_and_the_ticks_are_kept(awa_client, awa):
    response = awa_client.post(
        "/es/platform/notifications/settings/",
        {"frequency": "hourly", "emailed_kinds": ["mention", "project-request"]},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Escoja una opción válida" in html
    assert "Enviarme un correo sobre" in html and "Un resumen semanal" in html
    assert checked(html, "emailed_kinds") == ["mention", "project-request"]
    assert not Preference.objects.filter(user=awa.user).exists()


def test_junk_kinds_are_refused_not_stored(awa_client, awa):
    response = awa_client.post(URL, {"frequency": "daily", "emailed_kinds": ["<script>"]})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Preference.objects.filter(user=awa.user).exists()
