import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from home.models import ContentPage, HomePage
from tests.home.factories import ContentPageFactory, body

pytestmark = pytest.mark.django_db


def test_page_creation_rules(home_page):
    about = ContentPageFactory(parent=home_page, slug="about")

    assert HomePage.can_create_at(Page.get_first_root_node())
    assert not HomePage.can_create_at(home_page)
    assert not HomePage.can_create_at(about)
    assert ContentPage.can_create_at(home_page)
    assert ContentPage.can_create_at(about)
    assert not ContentPage.can_create_at(Page.get_first_root_node())


@pytest.mark.parametrize(
    ("language", "title", "paragraph"),
    [
        ("en", "About", "Soil carbon matters."),
        ("fr", "À propos", "Le carbone du sol compte."),
        ("es", "Acerca de", "El carbono del suelo importa."),
    ],
)
def test_every_page_type_renders_in_each_language(
    client, home_page, locales, translate, language, title, paragraph
):
    about = ContentPageFactory(
        parent=home_page, slug="about", title="About", body=body("Soil carbon matters.")
    )
    slugs = {"fr": "a-propos", "es": "acerca-de"}
    if language != "en":
        translate(home_page, locales[language], {"Welcome to the Initiative": title})
        translate(
            about,
            locales[language],
            {"About": title, "about": slugs[language], "Soil carbon matters.": paragraph},
        )

    home = client.get(f"/{language}/")
    page = client.get(f"/{language}/{slugs.get(language, 'about')}/")

    for response in (home, page):
        assert response.status_code == 200
        html = BeautifulSoup(response.content, "html.parser")
        assert html.html["lang"] == language
    html = BeautifulSoup(page.content, "html.parser")
    assert html.h1.get_text() == title
    assert paragraph in html.main.get_text()


def test_content_page_lists_its_live_children(client, home_page):
    about = ContentPageFactory(parent=home_page, slug="about", title="About")
    ContentPageFactory(parent=about, slug="governance", title="Governance")
    draft = ContentPageFactory(parent=about, slug="draft", title="Work in progress")
    draft.unpublish()

    html = client.get("/en/about/").content.decode()

    assert 'href="/en/about/governance/"' in html
    assert "Work in progress" not in html


def test_unknown_page_is_a_localised_404(client, home_page):
    response = client.get("/fr/nothing-here/")

    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_embed_block_renders_through_the_local_finder(client, home_page):
    home_page.body = [{"type": "embed", "value": "https://www.youtube.com/watch?v=abc"}]
    home_page.save_revision().publish()

    html = client.get("/en/").content.decode()

    assert '<iframe title="A local test video"' in html


def test_public_pages_hold_nothing_per_visitor(client, home_page, admin_user):
    """A front cache may serve the same HTML to every anonymous visitor: no CSRF token, no
    cookie. A signed-in editor gets the editors' userbar, in a page no shared cache keeps."""
    response = client.get("/en/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" not in html
    assert "wagtail-userbar" not in html
    assert not response.cookies
    assert "public" in response["Cache-Control"]

    client.force_login(admin_user)
    signed_in = client.get("/en/")

    assert "wagtail-userbar" in signed_in.content.decode()
    assert "private" in signed_in["Cache-Control"]


def test_a_hero_image_renders_responsive_in_modern_formats(client, home_page, settings, tmp_path):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    settings.MEDIA_ROOT = tmp_path
    image = Image.objects.create(title="Field", file=get_test_image_file(size=(1600, 900)))
    ContentPageFactory(
        parent=home_page, slug="about", hero_image=image, hero_image_alt="A field of wheat"
    )

    html = BeautifulSoup(client.get("/en/about/").content, "html.parser")

    hero = html.main.select_one(".page-hero picture")
    assert [s["type"] for s in hero.select("source")] == ["image/avif", "image/webp"]
    assert len(hero.source["srcset"].split(", ")) == 3  # 640, 1280 and 1600 pixels wide
    assert hero.img["alt"] == "A field of wheat"
