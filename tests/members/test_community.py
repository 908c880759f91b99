"""Community: members find each other, as each lets others see them, and get in touch."""

import re

import pytest
from django.core import mail
from django.test import override_settings

from members.models import Message

from .factories import MemberProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(home_page):
    return {
        "ana": MemberProfileFactory(
            user__first_name="Ana",
            user__last_name="García",
            organisation_name="Suelos Vivos",
            country="AR",
            pillars=",1,",
            languages=",es,",
            email_language="es",
        ),
        "tom": MemberProfileFactory(
            user__first_name="Tom",
            user__last_name="Smith",
            organisation_name="Soil Trust",
            country="GB",
            pillars=",2,",
            languages=",en,",
        ),
        "hidden": MemberProfileFactory(
            user__first_name="Hélène",
            user__last_name="Roux",
            organisation_name="Secret Org",
            country="AR",
            pillars=",1,",
            languages=",es,",
            share_country=False,
            share_organisation=False,
        ),
    }


def names(html):
    return re.findall(r'class="member-card__name"><a [^>]*>([^<]+)</a>', html)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["Awa Ndiaye", "Ana García", "Hélène Roux", "Tom Smith"]),
        ("?q=garcía", ["Ana García"]),
        ("?q=soil+trust", ["Tom Smith"]),
        ("?country=AR", ["Ana García"]),  # Hélène hides her country
        ("?country=AR&pillar=1", ["Ana García"]),
        ("?pillar=2", ["Awa Ndiaye", "Tom Smith"]),
        ("?language=en", ["Awa Ndiaye", "Tom Smith"]),
        ("?q=secret", []),  # a hidden organisation finds nobody
        (
            "?country=ZZ&pillar=9&page=-4&language=<script>",
            ["Awa Ndiaye", "Ana García", "Hélène Roux", "Tom Smith"],
        ),
    ],
)
def test_members_are_found_by_name_organisation_country_pillar_and_language(
    member_client, people, query, expected
):
    response = member_client.get(f"/en/platform/community/{query}")
    assert response.status_code == 200
    assert sorted(names(response.content.decode())) == sorted(expected)


def test_a_hidden_field_is_not_shown_on_the_profile_page(member_client, people):
    html = member_client.get(f"/en/platform/community/{people['hidden'].pk}/").content.decode()
    assert "Hélène Roux" in html
    assert "Secret Org" not in html and "Argentina" not in html


def test_deactivated_and_non_members_are_not_listed(member_client, people):
    people["tom"].user.is_active = False
    people["tom"].user.save()
    people["ana"].user.groups.clear()
    html = member_client.get("/en/platform/community/").content.decode()
    assert sorted(names(html)) == ["Awa Ndiaye", "Hélène Roux"]
    assert member_client.get(f"/en/platform/community/{people['tom'].pk}/").status_code == 404


def test_a_message_reaches_the_recipient_in_their_language_without_either_address(
    member_client, member, people, django_capture_on_commit_callbacks
):
    ana = people["ana"]
    # The e-mail leaves once the message is committed.
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(
            f"/fr/platform/community/{ana.pk}/write/",
            {"body": "Bonjour Ana, parlons de biochar."},
        )
    assert response["Location"] == "/fr/platform/messages/?sent=1"
    (message,) = mail.outbox
    assert message.to == [ana.user.email]
    assert message.subject == "Awa Ndiaye le ha escrito en la plataforma «4 por 1000»"
    assert "parlons de biochar" in message.body
    assert member.user.email not in message.body + str(message.extra_headers) + str(
        message.reply_to
    )
    # The reply link leads the recipient to write back through the platform, in Spanish.
    assert f"/es/platform/community/{member.pk}/write/" in message.body
    assert Message.objects.get().recipient == ana.user


def test_an_empty_message_is_refused_in_the_page_language(member_client, people):
    response = member_client.post(f"/es/platform/community/{people['ana'].pk}/write/", {"body": ""})
    assert response.status_code == 200
    assert "Este campo es necesario." in response.content.decode()
    assert mail.outbox == []


def test_a_member_who_turned_messages_off_receives_none(member_client, people):
    tom = people["tom"]
    tom.accepts_messages = False
    tom.save()
    page = member_client.get(f"/en/platform/community/{tom.pk}/").content.decode()
    assert "does not receive messages" in page
    response = member_client.post(f"/en/platform/community/{tom.pk}/write/", {"body": "Hi"})
    assert "This member does not receive messages." in response.content.decode()
    assert mail.outbox == []


@override_settings(MEMBER_MESSAGE_RATE_LIMIT=(3, 3600))
def test_messages_are_throttled_and_the_text_is_kept(
    member_client, people, django_capture_on_commit_callbacks
):
    url = f"/en/platform/community/{people['tom'].pk}/write/"
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(3):
            assert member_client.post(url, {"body": f"Message {n}"}).status_code == 302
        response = member_client.post(url, {"body": "One too many"})
    assert response.status_code == 429
    assert "One too many" in response.content.decode()
    assert len(mail.outbox) == 3
