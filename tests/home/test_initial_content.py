import pytest
from django.conf import settings
from wagtail.models import Page, Site

from home.models import FooterText, HomePage
from tests.helpers import load_initial_content, sitemap_paths

# Public URLs the sitemap does not list: downloads, feeds, calendars, the members' sign-in.
OTHER_PUBLIC_URLS = [
    "/robots.txt",
    "/en/about/reference-criteria/csv/",
    "/fr/a-propos/criteres-de-reference/json/",
    "/es/participar/miembros-y-socios/?format=csv",
    "/en/news/feed/",
    "/fr/news/feed/atom/",
    "/en/events/ical/",
    "/es/eventos/ical/governance/",
    "/en/events/stc-2-rome-2017/ical/",
    "/fr/account/login/",
    "/es/search/?q=suelos",
]


def expected_sitemap():
    lines = (settings.BASE_DIR / "tests" / "data" / "sitemap_paths.txt").read_text().splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def assert_every_public_url_answers(client):
    """Every page of the sitemap, in the three languages, is where it always was."""
    paths = sitemap_paths(client)
    assert paths == expected_sitemap()
    for language in ("en", "fr", "es"):
        assert any(path.startswith(f"/{language}/") for path in paths)
    failing = {
        path: status
        for path in paths + OTHER_PUBLIC_URLS
        if (status := client.get(path).status_code) != 200
    }
    assert failing == {}


def tree():
    return sorted(
        (p.locale.language_code, p.url_path, p.title, p.live, p.alias_of_id is not None)
        for p in Page.objects.select_related("locale")
    )


# Not wrapped in a transaction: wagtail-localize publishes translations on commit, and the
# command is meant to commit step by step, as it does when run from the shell.
@pytest.mark.django_db(transaction=True)
def test_initial_content_builds_the_trilingual_site_and_is_idempotent(root_page, client):
    first_output = load_initial_content()
    first_tree = tree()
    assert_every_public_url_answers(client)
    second_output = load_initial_content()

    assert tree() == first_tree
    assert_every_public_url_answers(client)
    assert "+ About created" in first_output
    assert "About (/home/about/) already exists" in second_output
    assert "[fr] already translated" in second_output
    # Run again on the same content, the loader updates nothing.
    assert "  ~ " not in second_output and "  ! " not in second_output
    assert FooterText.objects.count() == 3

    homes = {h.locale.language_code: h for h in HomePage.objects.select_related("locale")}
    assert set(homes) == {"en", "fr", "es"}
    assert homes["fr"].title == "Bienvenue dans l’Initiative «\u00a04 pour 1000\u00a0»"
    assert homes["es"].title == "Bienvenido a la Iniciativa «4 por 1000»"
    assert all(h.live and h.alias_of_id is None for h in homes.values())
    assert Site.objects.get(is_default_site=True).root_page_id == homes["en"].pk

    menu = [p.title for p in homes["en"].get_children().live().in_menu()]
    assert menu == ["About", "Get involved!", "News & resources", "Events"]

    french = client.get("/fr/").content.decode()
    assert "Pourquoi parle-t-on de «\u00a04 pour 1000\u00a0»\u202f?" in french
    assert "lancée par la France le 1er décembre 2015 lors de la COP 21" in french
    spanish = client.get("/es/").content.decode()
    assert "¿Por qué hablamos de «4 por 1000»?" in spanish
    french_menu = [p.title for p in homes["fr"].get_children().live().in_menu()]
    assert french_menu == [
        "À propos",
        "Participer\u202f!",
        "Actualités et ressources",
        "Événements",
    ]
    # The sections' landing pages are translated, slugs included.
    participer = client.get("/fr/participer/")
    assert participer.status_code == 200
    assert "<h1>Participer\u202f!</h1>" in participer.content.decode()
    assert client.get("/es/noticias-y-recursos/").status_code == 200
    # The meetings are translated too, slugs included.
    assert client.get("/fr/evenements/cst-7-montpellier-2019/").status_code == 200
    assert client.get("/es/eventos/cct-7-montpellier-2019/").status_code == 200
