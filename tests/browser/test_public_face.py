"""Every page of the sitemap on a small phone, in the three languages: it reflows without
horizontal scrolling (WCAG 1.4.10), passes axe in the light and dark colour schemes, and the
header's focus ring stands out from the header (WCAG 1.4.11)."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_reader import WCAG_22_AA
from tests.helpers import sitemap_paths

pytestmark = pytest.mark.browser

# WCAG relative luminance and contrast ratio of two computed "rgb(...)" colours.
CONTRAST = """([a, b]) => {
    const lum = (c) => {
        const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map(Number).map((v) => {
            v /= 255;
            return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
}"""


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_page_reflows_at_320_and_360_px_and_passes_axe_in_both_schemes(
    browser, live_server, initial_content, client, language
):
    paths = [p for p in sitemap_paths(client) if p.startswith(f"/{language}/")]
    assert len(paths) > 10  # the sitemap lists the translated pages of each language
    axe = Axe()
    failures = []
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme)
        page = context.new_page()
        for path in paths:
            for width in (320, 360):
                page.set_viewport_size({"width": width, "height": 700})
                page.goto(live_server.url + path)
                overflow = page.evaluate(
                    "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                )
                if overflow > 0:
                    failures.append(f"{path} at {width} px scrolls {overflow} px sideways")
            results = axe.run(page, options=WCAG_22_AA)
            if results.violations_count:
                failures.append(f"{path} ({scheme}): {results.generate_report()}")
        context.close()
    assert failures == []


@pytest.mark.parametrize("width", [360, 1280])
def test_the_header_focus_ring_contrasts_with_the_header(page, live_server, initial_content, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(f"{live_server.url}/fr/")
    if width < 600:
        page.locator(".site-menu__toggle").click()  # the phone menu, open
    background = page.evaluate(
        "getComputedStyle(document.querySelector('.site-header')).backgroundColor"
    )
    ratios = []
    for _ in range(25):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const el = document.activeElement;
                if (!el.closest('.site-header')) return null;
                const style = getComputedStyle(el);
                return [style.outlineColor, style.outlineStyle, el.outerHTML.slice(0, 60)];
            }"""
        )
        if focused is None:
            continue
        color, style, element = focused
        assert style != "none", f"{element} has no focus ring"
        ratios.append((page.evaluate(CONTRAST, [color, background]), element))
    assert len(ratios) >= 8  # logo, menu links, search, sign-in, languages
    assert [r for r in ratios if r[0] < 3] == []
