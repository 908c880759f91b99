"""Actions that fit the role: a translator's next step in the translation editor is to save a
draft or send it for review; undoing a translation is for the moderators, after a page saying
what is lost; editors see no step they cannot take; each action confirms in the user's
language."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from tests.editorial.editing import enter_strings, start_translation
from tests.editorial.test_review_loop import board_row, submit

pytestmark = pytest.mark.django_db


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def speaks(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def french(client, site, users, locales):
    translation = start_translation(client, users["fr"], site["about"], locales["fr"])
    enter_strings(client, translation, {"About": "À propos"})
    return translation, site["about"].get_translation(locales["fr"])


def test_a_translators_footer_saves_a_draft_or_sends_for_review(client, french, users):
    translation, page = french
    editor_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client.force_login(users["fr"])

    html = BeautifulSoup(client.get(editor_url).content, "html.parser")
    assert "editorial-translator-editor" in html.body["class"]  # wagtail-localize's footer hidden
    footer = html.select_one(".editorial-translator-footer")
    primary = footer.select_one("[data-primary-action]")
    assert primary.get_text(strip=True) == "Send for review"
    assert "Save draft" in footer.get_text()
    assert "alias" not in footer.get_text().lower()

    response = submit(client, footer.select("form")[0])
    assert messages_of(response) == ["'À propos' was saved as a draft."]
    page.refresh_from_db()
    assert page.has_unpublished_changes and page.get_latest_revision().user == users["fr"]

    client.force_login(users["moderator"])
    html = BeautifulSoup(client.get(editor_url).content, "html.parser")
    assert html.select_one(".editorial-translator-footer") is None
    assert "editorial-translator-editor" not in html.body["class"]


def test_stopping_synchronisation_says_what_is_lost_first(client, french, users):
    translation, page = french
    stop = reverse("wagtail_localize:stop_translation", args=[translation.pk])
    client.force_login(users["moderator"])

    response = client.post(stop)
    assert response.status_code == 200
    assert "will no longer follow the English" in response.content.decode()
    assert Translation.objects.get(pk=translation.pk).enabled

    client.post(stop, {"confirmed": "yes"})
    assert not Translation.objects.get(pk=translation.pk).enabled


def test_convert_to_alias_confirmation_reads_right_in_french_and_spanish(client, french, users):
    translation, page = french
    url = reverse("wagtail_localize:convert_to_alias", args=[page.pk])
    client.force_login(users["moderator"])
    speaks(users["moderator"], "fr")
    html = client.get(url).content.decode()
    assert "convertir cette page en alias" in html
    assert "cette pas" not in html
    speaks(users["moderator"], "es")
    html = client.get(url).content.decode()
    assert "convertir esta página en un alias" in html and "convetir" not in html


def test_editors_see_no_translation_step_on_the_board(client, french, users):
    client.force_login(users["editor"])
    response = client.get(reverse("editorial_translations"))
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select("tbody tr")
    assert not soup.select("tbody a.button")  # neither Translate, Sync nor Edit


def test_review_actions_confirm_in_the_users_language(client, french, users):
    translation, page = french
    client.force_login(users["fr"])
    client.post(reverse("editorial_submit_for_review", args=[translation.pk]))
    speaks(users["moderator"], "fr")
    client.force_login(users["moderator"])

    form = board_row(client, "About").find("form")
    reject = next(b for b in form.find_all("button") if b.get("formaction"))
    response = submit(client, form, reject, comment="Il manque l'intro.")
    assert messages_of(response) == ["«\u00a0À propos\u00a0» a été renvoyé avec votre commentaire."]
