"""The HTTP cache of the stack (Varnish between nginx and gunicorn): anonymous visitors get
public pages from it, publishing refreshes what changed, nobody gets another's page."""

import re
import time

import pytest
import requests


def shell(stack, code):
    return stack.manage("shell", "-c", code)


def publish_title(stack, query, title):
    """An editor's change published, as the admin's Publish does (a new revision)."""
    shell(
        stack,
        "from wagtail.models import Page\n"
        f"page = Page.objects.get({query}).specific\n"
        f"page.title = {title!r}\n"
        "page.save_revision().publish()\n",
    )


def eventually(stack, path, predicate, seconds=1.0):
    """The page as a visitor gets it once the change is out: within `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        response = stack.get(path)
        if predicate(response.text) or time.monotonic() > deadline:
            return response
        time.sleep(0.1)


def cached(stack, path):
    """Ask twice, so the second answer comes from the cache if it may."""
    stack.get(path)
    return stack.get(path)


def test_the_second_anonymous_visit_is_a_cache_hit(stack):
    first = stack.get("/fr/")
    second = stack.get("/fr/")

    assert first.status_code == second.status_code == 200
    assert second.headers["X-Cache"] == "HIT"
    assert "s-maxage" in second.headers["Cache-Control"]


def test_publishing_a_news_item_refreshes_it_its_listing_the_home_page_and_the_feed(stack):
    # The latest news item, which the home page lists.
    latest = re.search(
        r'class="latest-news".*?<a href="(/en/[^"]+/)"', cached(stack, "/en/").text, re.S
    ).group(1)
    paths = [latest, "/en/news-and-resources/news/", "/en/", "/en/news/feed/"]
    for path in paths:
        assert cached(stack, path).headers["X-Cache"] == "HIT"

    slug = latest.rstrip("/").rsplit("/", 1)[1]
    publish_title(stack, f"slug={slug!r}, locale__language_code='en'", "Site opened")

    for path in paths:
        response = eventually(stack, path, lambda text: "Site opened" in text)
        assert "Site opened" in response.text, path


def test_publishing_a_french_translation_refreshes_the_french_pages(stack):
    path = "/fr/actualites-et-ressources/actualites/future-policy-vision-award-2017/"
    assert cached(stack, path).headers["X-Cache"] == "HIT"
    cached(stack, "/fr/actualites-et-ressources/actualites/")

    publish_title(
        stack,
        "slug='future-policy-vision-award-2017', locale__language_code='fr'",
        "Prix Future Policy Vision",
    )

    for page in (path, "/fr/actualites-et-ressources/actualites/"):
        response = eventually(stack, page, lambda text: "Prix Future Policy Vision" in text)
        assert "Prix Future Policy Vision" in response.text, page


def test_changing_the_footer_refreshes_every_page(stack):
    for path in ("/en/events/", "/en/about/governance/"):
        assert cached(stack, path).headers["X-Cache"] == "HIT"

    shell(
        stack,
        "from home.models import FooterText\n"
        "footer = FooterText.objects.get(locale__language_code='en')\n"
        "footer.body = '<p>Soils for food security and climate, since COP 21.</p>'\n"
        "footer.save()\n",
    )

    for path in ("/en/events/", "/en/about/governance/"):
        response = eventually(stack, path, lambda text: "since COP 21." in text)
        assert "since COP 21." in response.text, path


def test_a_new_news_item_appears_in_the_listing_and_leaves_it_when_unpublished(stack):
    listing = "/en/news-and-resources/news/"
    page = listing + "soil-carbon-stack-check/"
    assert "soil-carbon-stack-check/" not in cached(stack, listing).text

    # An editor adds a news item under News and publishes it, then takes it down.
    shell(
        stack,
        "from news.models import NewsIndexPage, NewsPage\n"
        "index = NewsIndexPage.objects.get(locale__language_code='en')\n"
        "item = index.add_child(instance=NewsPage(title='Soil carbon stack check', "
        "slug='soil-carbon-stack-check', live=False))\n"
        "item.save_revision().publish()\n",
    )
    response = eventually(stack, listing, lambda text: "soil-carbon-stack-check/" in text)
    assert "soil-carbon-stack-check/" in response.text
    assert cached(stack, page).status_code == 200

    shell(
        stack,
        "from wagtail.models import Page\n"
        "Page.objects.get(slug='soil-carbon-stack-check', locale__language_code='en').unpublish()\n",
    )

    deadline = time.monotonic() + 1
    while stack.get(page).status_code != 404 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert stack.get(page).status_code == 404
    assert "soil-carbon-stack-check/" not in stack.get(listing).text


def test_a_signed_in_editor_never_gets_a_cached_page_and_sees_the_userbar(stack):
    shell(
        stack,
        "from django.contrib.auth import get_user_model\n"
        "get_user_model().objects.create_superuser('stack-editor', '', 'stack-editor-pass-9')\n",
    )
    cached(stack, "/en/about/")
    session = requests.Session()
    login = stack.get("/admin/login/", session=session)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text).group(1)
    signed_in = session.post(
        stack.base + "/admin/login/",
        verify=str(stack.certificate),
        data={
            "username": "stack-editor",
            "password": "stack-editor-pass-9",
            "csrfmiddlewaretoken": token,
        },
        headers={"Referer": stack.base + "/admin/login/"},
        allow_redirects=False,
    )
    assert signed_in.status_code == 302

    for _ in range(2):
        response = stack.get("/en/about/", session=session)
        assert response.headers["X-Cache"] == "MISS"
        assert "wagtail-userbar" in response.text
    assert "wagtail-userbar" not in stack.get("/en/about/").text


@pytest.mark.parametrize("path", ["/en/get-involved/join/", "/"])
def test_form_pages_and_the_language_redirect_are_never_cached(stack, path):
    stack.get(path)
    assert stack.get(path).headers["X-Cache"] == "MISS"


def test_a_restricted_document_is_refused_to_an_anonymous_visitor_by_either_address(stack):
    """A declaration of intent, in the collection only the Secretariat may read."""
    out = shell(
        stack,
        "from django.core.files.base import ContentFile\n"
        "from wagtail.documents.models import Document\n"
        "from involved.models.join_form import declarations_collection\n"
        "document = Document.objects.create(title='Declaration', "
        "collection=declarations_collection(), "
        "file=ContentFile(b'%PDF-1.4 test', name='declaration.pdf'))\n"
        "print(document.url, document.file.name)\n",
    )
    url, stored = out.strip().splitlines()[-1].split()

    assert stack.get(url).status_code in (302, 403)  # to the sign-in page, never the file
    assert stack.get("/media/" + stored).status_code == 404
    assert stack.get("/_protected/" + stored).status_code == 404
