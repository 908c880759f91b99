"""A translated page gets its slug from its translated title unless the translator sets one."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation

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


def test_a_published_translation_keeps_its_address(client, site, users, locales, translate):
    translate(site["about"], locales["fr"], {"About": "À propos", "about": "a-propos"})
    translation = Translation.objects.get(
        source__object_id=site["about"].translation_key, target_locale=locales["fr"]
    )
    client.force_login(users["fr"])

    enter_strings(client, translation, {"About": "À propos de l'Initiative"})
    assert french_slug(client, translation, users) == "a-propos"  # links to it keep working
