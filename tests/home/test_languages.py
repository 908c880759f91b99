"""What a reader sees of the three languages: URLs, the switcher, hreflang, untranslated pages."""

import pytest
from bs4 import BeautifulSoup
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.synctree import synchronize_tree

from tests.home.factories import ContentPageFactory, FooterTextFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated_site(home_page, locales, translate):
    """Home in three languages; About translated into French only."""
    about = ContentPageFactory(parent=home_page, slug="about", title="About")
    translate(home_page, locales["fr"], {"Welcome to the Initiative": "Bienvenue"})
    translate(home_page, locales["es"], {"Welcome to the Initiative": "Bienvenido"})
    translate(about, locales["fr"], {"About": "À propos", "about": "a-propos"})
    synchronize_tree(locales["en"], locales["es"])
    return about


def switcher_links(response):
    nav = BeautifulSoup(response.content, "html.parser").find("nav", class_="language-switcher")
    return {a["hreflang"]: (a["href"], a.get_text(" ", strip=True)) for a in nav.find_all("a")}


def alternates(response):
    head = BeautifulSoup(response.content, "html.parser").head
    return {
        link["hreflang"]: link["href"]
        for link in head.find_all("link", rel="alternate")
        if link.get("hreflang")
    }


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("fr-FR,fr;q=0.9,en;q=0.5", "/fr/"), ("es-AR,es;q=0.9", "/es/"), ("de-DE,de", "/en/")],
)
def test_root_redirects_by_accept_language(client, translated_site, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected


def test_unprefixed_page_redirects_into_the_preferred_language(client, translated_site):
    response = client.get("/about/", headers={"accept-language": "fr"}, follow=True)

    assert response.redirect_chain[0] == ("/fr/about/", 302)


def test_switcher_leads_to_the_same_page_in_each_language(client, translated_site):
    response = client.get("/en/about/")

    links = switcher_links(response)
    assert links["fr"] == ("/fr/a-propos/", "Français")
    # Spanish has only the synchronised copy of the English page, and says so.
    assert links["es"][0] == "/es/about/"
    assert "not translated yet" in links["es"][1]


def test_hreflang_lists_real_translations_and_x_default(client, translated_site):
    response = client.get("/fr/a-propos/")

    assert alternates(response) == {
        "en": "http://testserver/en/about/",
        "fr": "http://testserver/fr/a-propos/",
        "x-default": "http://testserver/en/about/",
    }
    canonical = BeautifulSoup(response.content, "html.parser").find("link", rel="canonical")
    assert canonical["href"] == "http://testserver/fr/a-propos/"


def test_untranslated_page_says_so_in_the_readers_language(client, translated_site):
    response = client.get("/es/about/")

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == "es"
    notice = html.find(role="note")
    assert notice.get_text(strip=True) == (
        "Esta página aún no está traducida. Está leyendo la versión original en inglés."
    )
    # The English text is marked as English for screen readers and translation tools.
    assert html.main["lang"] == "en"
    assert html.h1.get_text() == "About"
    canonical = html.find("link", rel="canonical")
    assert canonical["href"] == "http://testserver/en/about/"


def test_translated_page_has_no_notice(client, translated_site):
    html = BeautifulSoup(client.get("/fr/a-propos/").content, "html.parser")

    assert html.find(role="note") is None
    assert not html.main.has_attr("lang")


def test_new_english_page_appears_in_synchronised_trees(home_page, locales, admin_client):
    """Pages created in the admin are copied into FR and ES until translated."""
    with_sync = LocaleSynchronization.objects.filter(sync_from=locales["en"]).count()
    response = admin_client.post(
        f"/admin/pages/add/home/contentpage/{home_page.pk}/",
        {
            "title": "Events",
            "slug": "events",
            "intro": "",
            "body-count": "0",
            "action-publish": "publish",
        },
    )

    assert response.status_code == 302
    assert with_sync == 2
    # The home page has no FR/ES version yet, so the sync creates the parents too.
    fr_events = admin_client.get("/fr/events/")
    assert fr_events.status_code == 200
    assert "pas encore été traduite" in fr_events.content.decode()


def test_translation_made_in_the_admin_stays_a_draft(home_page, locales, admin_user):
    """WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off: moderators publish translations."""
    about = ContentPageFactory(parent=home_page, slug="about", title="About")
    creator = TranslationCreator(admin_user, [locales["fr"]])
    creator.create_translations(about)

    fr_about = about.get_translation(locales["fr"])
    assert fr_about.live is False


def test_publishing_a_translation_serves_it_at_the_french_url(
    client, home_page, locales, translate
):
    about = ContentPageFactory(parent=home_page, slug="about", title="About")
    assert client.get("/fr/a-propos/").status_code == 404

    translate(home_page, locales["fr"], {"Welcome to the Initiative": "Bienvenue"})
    translate(about, locales["fr"], {"About": "À propos", "about": "a-propos"})

    response = client.get("/fr/a-propos/")
    assert response.status_code == 200
    assert BeautifulSoup(response.content, "html.parser").h1.get_text() == "À propos"


def test_footer_comes_from_the_snippet_in_the_active_language(
    client, translated_site, locales, translate
):
    footer = FooterTextFactory(locale=locales["en"], body="<p>Soils for food security.</p>")
    translate(footer, locales["fr"], {"Soils for food security.": "Les sols d’abord."})

    fr = BeautifulSoup(client.get("/fr/").content, "html.parser").footer
    es = BeautifulSoup(client.get("/es/").content, "html.parser").footer

    assert "Les sols d’abord." in fr.get_text()
    # Spanish falls back to the English footer, marked as English.
    assert "Soils for food security." in es.get_text()
    assert es.find(lang="en") is not None


def test_switcher_on_a_view_keeps_the_view_and_its_query(client, translated_site):
    links = switcher_links(client.get("/en/search/?q=soil"))

    assert links["fr"] == ("/fr/search/?q=soil", "Français")
    assert links["es"] == ("/es/search/?q=soil", "Español")


def test_switcher_on_a_missing_page_leads_to_each_home_page(client, translated_site):
    links = switcher_links(client.get("/en/no-such-page/"))

    assert links["fr"][0] == "/fr/"
