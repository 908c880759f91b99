"""The look as a visitor's browser gets it: a light home page, typefaces served by the site
itself, AA contrast (axe) in the light and dark schemes on a phone and a desktop, and a header
of the same height in every language."""

import gzip
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from wagtail_factories import ImageFactory

from about.models import AboutPage, CriteriaPage, ResearchProgrammePage
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from resources.models import ResourceIndexPage
from tests.browser.test_reader import WCAG_22_AA, settle
from tests.involved.factories import OrganisationFactory

pytestmark = pytest.mark.browser

HOME_BUDGET = 60 * 1024
# Served compressed in production (WhiteNoise's precompressed files, the compression
# middleware); the test server sends static files as they are, so these are counted gzipped.
COMPRESSIBLE = ("text/", "image/svg+xml", "application/javascript", "application/json")


def english_pages():
    """Home, About, the research programme, the criteria, the events, an event, resources."""
    pages = [
        HomePage.objects.get(locale__language_code="en"),
        AboutPage.objects.get(locale__language_code="en"),
        ResearchProgrammePage.objects.get(locale__language_code="en"),
        CriteriaPage.objects.get(locale__language_code="en"),
        EventIndexPage.objects.get(locale__language_code="en"),
        EventPage.objects.live().filter(locale__language_code="en").order_by("path").first(),
        ResourceIndexPage.objects.get(locale__language_code="en"),
    ]
    return [page.url for page in pages]


def transferred_bytes(request):
    """What the request costs on the wire: headers and the body as production compresses it."""
    sizes = request.sizes()
    response = request.response()
    body = sizes["responseBodySize"]
    content_type = response.headers.get("content-type", "")
    if not response.headers.get("content-encoding") and content_type.startswith(COMPRESSIBLE):
        body = len(gzip.compress(response.body(), 9))
    return sizes["responseHeadersSize"] + body


def load_cold(browser, url, scheme="light", width=1280):
    """Open `url` in a new browser profile (empty cache); returns the page and its requests."""
    context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 800})
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url)
    page.evaluate("document.fonts.ready.then(() => document.fonts.size)")
    page.wait_for_load_state("networkidle")
    return page, finished


def test_home_page_weighs_at_most_60_kb_cold(browser, live_server, initial_content):
    page, requests = load_cold(browser, f"{live_server.url}/en/")

    paths = [urlsplit(request.url).path for request in requests]
    assert "/static/css/site.css" in paths
    assert "/static/fonts/figtree-400.woff2" in paths  # the typeface is counted too
    total = sum(transferred_bytes(request) for request in requests)
    print(f"home page, cold: {total} bytes in {len(requests)} requests")
    assert total <= HOME_BUDGET, f"{total} bytes in {len(requests)} requests: {paths}"
    page.context.close()


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_pages_load_nothing_from_another_host_and_set_text_in_the_sites_typeface(
    browser, live_server, initial_content, language
):
    paths = english_pages() if language == "en" else [f"/{language}/"]
    for path in paths:
        page, requests = load_cold(browser, live_server.url + path)

        hosts = {urlsplit(r.url).netloc for r in requests if not r.url.startswith("data:")}
        assert hosts == {urlsplit(live_server.url).netloc}, path
        fonts = [urlsplit(r.url).path for r in requests if r.resource_type == "font"]
        assert fonts and all(font.startswith("/static/fonts/") for font in fonts), path
        assert page.evaluate("document.fonts.check('16px Figtree')"), path
        family = page.evaluate("getComputedStyle(document.body).fontFamily")
        assert family.split(",")[0].strip('"') == "Figtree", path
        page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_pages_pass_axe_at_320_and_1280_px(browser, live_server, initial_content, scheme):
    paths = english_pages() + ["/fr/", "/es/"]
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    axe = Axe()
    failures = []
    for path in paths:
        for width in (320, 1280):
            page.set_viewport_size({"width": width, "height": 800})
            page.goto(live_server.url + path)
            settle(page)
            results = axe.run(page, options=WCAG_22_AA)
            if results.violations_count:
                failures.append(f"{path} at {width} px: {results.generate_report()}")
    context.close()
    assert failures == []


def test_the_header_keeps_its_height_in_every_language(page, live_server, initial_content):
    event = EventPage.objects.live().filter(locale__language_code="en").first()
    paths = ["/en/", "/fr/", "/es/"]
    # The French and Spanish copies of an untranslated page, whose switcher carries a note.
    paths += [
        copy.url for copy in event.get_translations().filter(locale__language_code__in=["fr", "es"])
    ]
    for width in (320, 360, 1024, 1280):  # 1024: the first with the full bar
        page.set_viewport_size({"width": width, "height": 800})
        heights = {}
        for path in paths:
            page.goto(live_server.url + path)
            page.evaluate("document.fonts.ready.then(() => document.fonts.size)")
            heights[path] = page.evaluate("document.querySelector('.site-header').offsetHeight")
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{path} scrolls sideways at {width} px"
        assert len(set(heights.values())) == 1, f"at {width} px: {heights}"


@pytest.mark.parametrize(("width", "per_row"), [(360, 2), (1280, 5)])
def test_partner_logos_sit_in_an_even_grid(page, live_server, home_page, en, width, per_row):
    for n, size in enumerate([(600, 150), (300, 300), (400, 200), (200, 400), (500, 250)]):
        OrganisationFactory(
            name=f"Funder {n}",
            is_financing_partner=True,
            locale=en,
            logo=ImageFactory(file__width=size[0], file__height=size[1]),
        )
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(f"{live_server.url}/en/")
    tiles = page.locator(".partner-logos > li")
    tiles.last.scroll_into_view_if_needed()
    page.wait_for_function(
        "[...document.querySelectorAll('.partner-logos img')].every((i) => i.complete)"
    )

    boxes = [tiles.nth(i).bounding_box() for i in range(tiles.count())]
    assert len({round(box["width"]) for box in boxes}) == 1  # equal columns
    assert len({round(box["y"]) for box in boxes[:per_row]}) == 1  # per_row on the first row
    # Every logo fits inside its tile, whatever its proportions.
    for i in range(tiles.count()):
        tile, logo = boxes[i], tiles.nth(i).locator("img").bounding_box()
        assert tile["x"] <= logo["x"] and logo["x"] + logo["width"] <= tile["x"] + tile["width"]
        assert tile["y"] <= logo["y"] and logo["y"] + logo["height"] <= tile["y"] + tile["height"]
