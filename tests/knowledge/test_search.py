"""Shared knowledge is found by words on every database and, on PostgreSQL, each item with its
own language's stemmer, accents aside; it is never in the public site search or the sitemap."""

import pytest
from django.db import connection
from django.test import Client

from tests.helpers import sitemap_paths
from tests.projects.factories import ProjectFactory

from .factories import KnowledgeItemFactory

pytestmark = pytest.mark.django_db


def found(client, query):
    html = client.get("/en/platform/knowledge/", {"q": query}).content.decode()
    return {
        title for title in ("Sols vivants", "Suelos del Sahel", "Carbon farming") if title in html
    }


@pytest.fixture
def items(home_page):
    KnowledgeItemFactory(
        title="Sols vivants", summary="La sécurité alimentaire dépend des sols.", language="fr"
    )
    KnowledgeItemFactory(
        title="Suelos del Sahel", summary="Prácticas agrícolas en zonas áridas.", language="es"
    )
    KnowledgeItemFactory(title="Carbon farming", summary="Farmers storing carbon.", language="en")


def test_every_word_must_match_whatever_the_case(member_client, items):
    assert found(member_client, "SOLS vivants") == {"Sols vivants"}
    assert found(member_client, "carbon") == {"Carbon farming"}
    assert found(member_client, "carbon sahel") == set()


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="stemming and accent folding come from PostgreSQL full-text search; "
    "CI runs this test on PostgreSQL",
)
def test_on_postgresql_each_item_is_stemmed_in_its_own_language(member_client, items):
    assert found(member_client, "securite alimentaire") == {"Sols vivants"}  # accents aside
    assert found(member_client, "sol") == {"Sols vivants"}  # French plural
    assert found(member_client, "practica agricola") == {"Suelos del Sahel"}  # Spanish
    assert found(member_client, "farmer stored") == {"Carbon farming"}  # English


def test_nothing_of_it_is_in_the_public_search_or_the_sitemap(member_client, items):
    ProjectFactory(title="Carbon farming alliance")
    anonymous = Client()
    for query in ("carbon", "sols", "farming"):
        html = anonymous.get("/en/search/", {"q": query}).content.decode()
        assert "Carbon farming" not in html and "Sols vivants" not in html
    assert not [path for path in sitemap_paths(anonymous) if "/platform/" in path]
