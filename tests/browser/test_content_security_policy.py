"""With the Content-Security-Policy on, no page of the site gets anything blocked: every public
page type, the members' sign-in, and the admin under its own policy."""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import User
from wagtail.models import Page

pytestmark = pytest.mark.browser

# What the browser reports, whatever the console prints.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


def one_page_of_each_type():
    """The URL of one live page per page type, in English and in French."""
    urls = {}
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        key = (type(page).__name__, page.locale.language_code)
        if key[1] in ("en", "fr") and key not in urls:
            urls[key] = urlsplit(page.get_url()).path
    return sorted(set(urls.values()))


@pytest.fixture
def watched(page, live_server):
    """The page, its console errors and CSP violations; requests off this machine are cut."""
    origin = live_server.url
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.add_init_script(RECORD_VIOLATIONS)
    page.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(origin) else route.abort(),
    )

    def visit(path):
        response = page.goto(f"{origin}{path}")
        assert response.status < 500, path
        assert "script-src 'self'" in (response.headers.get("content-security-policy") or "")
        violations = page.evaluate("window.__violations")
        csp_errors = [e for e in errors if "Content Security Policy" in e]
        return violations + csp_errors

    return visit


def test_no_public_page_breaks_the_policy(watched, initial_content):
    paths = one_page_of_each_type()
    paths += [
        "/en/search/?q=soil",
        "/fr/account/login/",
        "/en/account/password-reset/",
        "/en/no-such-page/",
    ]
    assert len(paths) > 20
    for path in paths:
        assert watched(path) == [], path


def test_the_admin_works_under_its_own_policy(page, live_server, initial_content_to_change):
    User.objects.create_superuser("camille", "camille@example.org", "right-password-2016")
    violations = []
    page.on(
        "console",
        lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None,
    )
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "camille")
    page.fill("#id_password", "right-password-2016")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    home = Page.objects.filter(depth=2, locale__language_code="en").first()
    page.goto(f"{live_server.url}/admin/pages/{home.pk}/edit/")
    page.wait_for_load_state("networkidle")

    assert page.locator("form#page-edit-form").count() == 1
    assert violations == []
