"""What search engines and social networks read: the sitemap, robots.txt, Open Graph tags."""

from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction
from wagtail_factories import ImageFactory
from wagtail_localize.synctree import synchronize_tree

from tests.helpers import queries_for
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap(client):
    """Each listed URL and its hreflang alternates."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    urlset = ElementTree.fromstring(response.content)
    return {
        url.find("sm:loc", NS).text: {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link[@rel='alternate']", NS)
        }
        for url in urlset.findall("sm:url", NS)
    }


@pytest.fixture
def about_in_french_only(home_page, locales, translate):
    """Home in three languages; About translated into French only, Spanish has a copy."""
    about = ContentPageFactory(parent=home_page, slug="about", title="About")
    translate(home_page, locales["fr"], {})
    translate(home_page, locales["es"], {})
    translate(about, locales["fr"], {"About": "À propos", "about": "a-propos"})
    synchronize_tree(locales["en"], locales["es"])
    return about


def test_sitemap_alternates_of_a_page_translated_into_french_only(client, about_in_french_only):
    urls = sitemap(client)

    both = {
        "en": "http://localhost/en/about/",
        "fr": "http://localhost/fr/a-propos/",
        "x-default": "http://localhost/en/about/",
    }
    assert urls["http://localhost/en/about/"] == both
    assert urls["http://localhost/fr/a-propos/"] == both
    # The Spanish copy repeats the English text: it is not listed, nor offered as Spanish.
    assert "http://localhost/es/about/" not in urls
    assert set(urls["http://localhost/es/"]) == {"en", "fr", "es", "x-default"}


def test_sitemap_leaves_out_drafts_and_private_pages(client, home_page):
    draft = ContentPageFactory(parent=home_page, slug="draft")
    draft.unpublish()
    members = ContentPageFactory(parent=home_page, slug="members")
    PageViewRestriction.objects.create(page=members, restriction_type="login")
    ContentPageFactory(parent=home_page, slug="public")

    assert set(sitemap(client)) == {"http://localhost/en/", "http://localhost/en/public/"}


def test_sitemap_queries_do_not_grow_with_the_pages(client, home_page, locales, translate):
    translate(home_page, locales["fr"], {})

    for n in range(10):
        page = ContentPageFactory(parent=home_page, slug=f"page-{n}")
    translate(page, locales["fr"], {})
    few = queries_for(client, "/sitemap.xml")
    for n in range(10, 200):
        ContentPageFactory(parent=home_page, slug=f"page-{n}")
    many = queries_for(client, "/sitemap.xml")

    assert len(sitemap(client)) == 2 + 200 + 1
    assert many == few


def test_robots_txt_points_at_the_sitemap_and_keeps_out_of_the_admin(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def meta(response):
    head = BeautifulSoup(response.content, "html.parser").head
    tags = {}
    for tag in head.find_all("meta"):
        key = tag.get("property") or tag.get("name")
        if key:
            tags.setdefault(key, []).append(tag["content"])
    return {key: values[0] if len(values) == 1 else values for key, values in tags.items()}


def test_open_graph_tags_fall_back_on_the_intro_and_the_default_image(client, about_in_french_only):
    tags = meta(client.get("/fr/a-propos/"))

    assert tags["og:title"] == "À propos"
    assert tags["og:description"] == "An introduction."  # no search description: the intro
    assert tags["description"] == "An introduction."
    assert tags["og:url"] == "http://testserver/fr/a-propos/"
    assert tags["og:image"] == "http://testserver/static/img/social-default.png"
    assert tags["og:locale"] == "fr_FR"
    assert tags["og:locale:alternate"] == "en_GB"  # Spanish is only a copy
    assert tags["twitter:card"] == "summary_large_image"


def test_open_graph_uses_the_search_description_and_social_image(client, home_page):
    image = ImageFactory(title="Cover crops in Senegal", file=get_test_image_file(size=(1600, 900)))
    ContentPageFactory(
        parent=home_page,
        slug="about",
        title="About",
        seo_title="About the Initiative",
        search_description="Who we are.",
        social_image=image,
    )

    tags = meta(client.get("/en/about/"))

    assert tags["og:title"] == "About the Initiative"
    assert tags["og:description"] == "Who we are."
    assert tags["og:image"].startswith("http://testserver/media/images/")
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
    assert tags["og:image:alt"] == "Cover crops in Senegal"


def test_open_graph_falls_back_on_the_page_hero_image_and_its_alternative_text(client, home_page):
    hero = ImageFactory(title="IMG_0042", file=get_test_image_file(size=(1600, 900)))
    ContentPageFactory(
        parent=home_page,
        slug="about",
        title="About",
        hero_image=hero,
        hero_image_alt="A field of sorghum after the rains",
    )

    tags = meta(client.get("/en/about/"))

    assert tags["og:image"].startswith("http://testserver/media/images/")
    assert tags["twitter:image"] == tags["og:image"]
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "630")
    assert tags["og:image:alt"] == "A field of sorghum after the rains"


def test_untranslated_copy_shares_its_source_url_and_page_without_description_uses_tagline(
    client, about_in_french_only
):
    about_in_french_only.intro = ""
    about_in_french_only.save_revision().publish()

    tags = meta(client.get("/es/about/"))

    assert tags["og:url"] == "http://testserver/en/about/"
    assert tags["og:locale"] == "es_ES"
    assert tags["og:description"] == "Suelos para la seguridad alimentaria y el clima"
