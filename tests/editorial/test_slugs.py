"""A translated page gets its slug from its translated title unless the translator sets one."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from tests.editorial.editing import enter_strings, start_translation

pytestmark = pytest.mark.django_db


def french_slug(client, translation, users):
    client.post(reverse("editorial_save_draft", args=[translation.pk]))
    page = Page.objects.get(pk=translation.get_target_instance().pk)
    return page.get_latest_revision_as_object().slug


def test_the_slug_follows_the_translated_title(client, site, users, locales):
    translation = start_translation(client, users["fr"], site["about"], locales["fr"])

    enter_strings(client, translation, {"About": "À propos de l'Initiative"})
    assert french_slug(client, translation, users) == "a-propos-de-linitiative"

    # A new title, a new slug: the translator never chose one.
    enter_strings(client, translation, {"About": "Qui sommes-nous ?"})
    assert french_slug(client, translation, users) == "qui-sommes-nous"


def test_a_slug_the_translator_sets_is_kept(client, site, users, locales):
    translation = start_translation(client, users["fr"], site["about"], locales["fr"])

    enter_strings(client, translation, {"about": "initiative"})
    enter_strings(client, translation, {"About": "À propos"})
    assert french_slug(client, translation, users) == "initiative"

    enter_strings(client, translation, {"About": "Qui sommes-nous ?"})
    assert french_slug(client, translation, users) == "initiative"
