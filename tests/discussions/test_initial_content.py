"""A new site's Discussions open with a general forum and one per research pillar, in the three
languages; loading the initial content again creates nothing and keeps the Secretariat's edits."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.module_loading import autodiscover_modules

from discussions import initial_content
from discussions.models import Forum
from sitewide.content_loading import registered_loaders

pytestmark = pytest.mark.django_db


def load():
    said = []
    initial_content.load(said.append)
    return said


def test_the_initial_content_command_loads_the_forums():
    autodiscover_modules("initial_content")
    assert initial_content.load in registered_loaders()


def test_a_general_forum_and_one_per_pillar_in_three_languages(member_client):
    load()
    forums = list(Forum.objects.all())
    assert [(forum.name_en, forum.pillar) for forum in forums] == [
        ("General discussion", ""),
        ("Estimating the potential of soil carbon sequestration and associated benefits", "1"),
        ("Developing practices adapted to specific soil and climate conditions", "2"),
        ("Defining and strengthening the enabling environment", "3"),
        ("Monitoring, reporting and verification of soil carbon", "4"),
    ]
    general, potential, *_others, mrv = forums
    assert (general.name_fr, general.name_es) == ("Discussion générale", "Debate general")
    assert potential.name_fr == (
        "Estimer le potentiel de séquestration du carbone dans les sols et les bénéfices associés"
    )
    assert mrv.name_es == "Seguimiento, notificación y verificación del carbono del suelo"
    # No description is made up: the Secretariat writes them.
    assert {
        forum.description_en + forum.description_fr + forum.description_es for forum in forums
    } == {""}
    page = member_client.get("/es/platform/discussions/").content.decode()
    assert "Debate general" in page and "Definir y fortalecer el entorno propicio" in page
    assert "The Secretariat has not opened any forum yet." not in page


def test_loading_again_creates_nothing_and_keeps_the_secretariats_edits(django_user_model):
    load()
    general = Forum.objects.get(pillar="", listed=True)
    secretariat = Client()
    secretariat.force_login(
        django_user_model.objects.create_superuser("secretariat", "s@example.org", "x")
    )
    response = secretariat.post(
        reverse("wagtailsnippets_discussions_forum:edit", args=[general.pk]),
        {
            "name_en": "Open floor",
            "name_fr": general.name_fr,
            "name_es": general.name_es,
            "description_fr": "Pour tout le reste.",
            "pillar": "",
            "sort_order": 0,
            "created_at": general.created_at.strftime("%Y-%m-%d %H:%M"),
        },
    )
    assert response.status_code == 302
    Forum.objects.filter(pillar="4").delete()
    # A forum the Secretariat opened by hand for a pillar stands for that pillar.
    Forum.objects.create(name_en="Monitoring (MRV)", pillar="4")
    count = Forum.objects.count()

    assert load() == ["Forums"]
    assert Forum.objects.count() == count
    general.refresh_from_db()
    assert general.name_en == "Open floor" and general.description_fr == "Pour tout le reste."
    assert Forum.objects.get(pillar="4").name_en == "Monitoring (MRV)"
