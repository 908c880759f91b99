"""The initial content is searchable, also once the index is rebuilt from scratch."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale
from wagtail.search.models import IndexEntry

from events.models import EventPage
from news.models import NewsPage
from tests.search.reading import results


# Not wrapped in a transaction: wagtail-localize publishes translations on commit.
@pytest.mark.django_db(transaction=True)
def test_initial_content_is_found_after_update_index(root_page, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_initial_content", stdout=io.StringIO())
    IndexEntry.objects.all().delete()

    call_command("update_index", stdout=io.StringIO())

    english = results(client.get("/en/search/?q=Ordos"))
    assert ("COP 13 UNCCD", "Event") in english
    award = NewsPage.objects.get(slug="future-policy-vision-award-2017", locale__language_code="en")
    assert (award.title, "News page") in english
    # In French: the translated news item, and the untranslated event's French copy.
    french = results(client.get("/fr/search/?q=Ordos"))
    assert (
        award.get_translation(Locale.objects.get(language_code="fr")).title,
        "Actualité",
    ) in french
    event = EventPage.objects.get(locale__language_code="fr", city="Ordos")
    assert (event.title, "Événement") in french
    assert ("Global Soil Partnership (GSP)", "Organisation") in results(
        client.get("/en/search/?q=partnership")
    )
