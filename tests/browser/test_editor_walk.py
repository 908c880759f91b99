"""An editor's week in a real browser: a news article with a table and a download, previewed and
sent for review, on admin pages that pass axe-core and ask nothing of any other host."""

import re
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.files.base import ContentFile
from django.utils import translation
from playwright.sync_api import expect
from wagtail.documents.models import Document
from wagtail.models import Page

from news.models import NewsPage
from resources.models import ResourcePage
from sitewide.media_collections import public_documents_collection
from tests.browser.test_reader import WCAG_22_AA, settle
from tests.editorial.factories import UserFactory

pytestmark = pytest.mark.browser


# Wagtail's typed table widget (wagtail.contrib.typed_table_block's script) draws each cell as a
# bare <input name="…-cell-R-C"> with no <label> or aria-label; only the column heading above
# names it to the eye. That is Wagtail's widget, not our markup: those nodes, and only those,
# are left out; any other node of any rule still fails the test.
WAGTAIL_TABLE_CELL = re.compile(r"^#body-\d+-value-cell-\d+-\d+$")


def ours(violation):
    return [
        node["target"]
        for node in violation["nodes"]
        if not (violation["id"] == "label" and WAGTAIL_TABLE_CELL.match(node["target"][-1]))
    ]


def violations(page):
    settle(page)
    results = Axe().run(page, options=WCAG_22_AA).response["violations"]
    where = page.url.split("/admin", 1)[1]
    return [(v["id"], ours(v), where) for v in results if ours(v)]


def test_an_editor_writes_a_news_article_and_sends_it_for_review(
    browser, live_server, initial_content_to_change, settings
):
    # Autosave's first save creates the page: a "Save draft" click while it is on its way posts
    # the new page a second time ("slug already in use"). The walk is about the buttons.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    UserFactory(username="editor", groups=["Editors"])
    # Editors choose among the public documents (the Root's are the Secretariat's).
    document = Document(title="Soil carbon report", collection=public_documents_collection())
    document.file.save("soil-carbon-report.pdf", ContentFile(b"%PDF-1.4\n" + b"0" * 2048))
    news = Page.objects.get(locale__language_code="en", url_path__endswith="/news/")

    page = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900}).new_page()
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    found = []

    page.goto(f"{live_server.url}/admin/login/")
    found += violations(page)
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("secret-password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Your drafts and pages in review")).to_be_visible()
    found += violations(page)

    page.goto(f"{live_server.url}/admin/pages/{news.pk}/")
    found += violations(page)
    page.get_by_role("link", name="Add child page").first.click()
    # News takes one page type: Wagtail goes straight to its form.
    expect(page.get_by_role("heading", name="New: News page")).to_be_visible()

    page.get_by_placeholder("Page title*").fill("Soil carbon in figures")
    page.get_by_role("textbox", name="Introduction").fill("What the soils of three regions hold.")
    body = page.locator("#panel-child-content-body-content")
    body.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Table").click()
    body.get_by_role("textbox", name="Caption").fill("Soil organic carbon, example figures")
    headings = body.get_by_placeholder("Column heading")
    for count, (kind, heading) in enumerate((("Text", "Region"), ("Number", "Tonnes per hectare"))):
        add_column = body.locator("button[data-append-column]:visible")
        add_column.click()
        expect(add_column).to_have_attribute("aria-expanded", "true")
        body.get_by_role("button", name=kind, exact=True).click()
        expect(headings).to_have_count(count + 1)
        headings.last.fill(heading)
    body.locator("[name$='-cell-0-0']").fill("Example region")
    body.locator("[name$='-cell-0-1']").fill("42")
    body.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name="Download").click()
    body.get_by_role("button", name="Choose a document").click()
    page.get_by_role("dialog").get_by_role("link", name="Soil carbon report").click()
    expect(body).to_contain_text("Soil carbon report")
    found += violations(page)

    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("Page 'Soil carbon in figures' created.")).to_be_visible()
    found += violations(page)

    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("table")).to_contain_text("Example region")
    expect(preview.get_by_role("columnheader", name="Tonnes per hectare")).to_be_visible()
    expect(preview.get_by_role("link", name="Soil carbon report")).to_be_visible()
    expect(preview.locator("main")).to_contain_text("PDF")
    found += violations(page)

    page.locator("footer").get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Review before publishing").click()
    expect(page.get_by_text("has been submitted")).to_be_visible()
    found += violations(page)

    article = NewsPage.objects.get(title="Soil carbon in figures", locale=news.locale)
    assert article.get_parent().pk == news.pk and not article.live
    assert article.current_workflow_state.status == "in_progress"
    assert [block.block_type for block in article.get_latest_revision_as_object().body] == [
        "table",
        "document",
    ]
    assert found == [], "\n".join(map(str, found))
    # Every request of the walk went to this site: no avatar service, font or script host.
    assert hosts == {urlsplit(live_server.url).netloc}


def test_resource_files_are_headed_by_their_language(
    browser, live_server, initial_content_to_change
):
    UserFactory(username="editor", groups=["Editors"])
    resource = ResourcePage.objects.filter(locale__language_code="en", files__isnull=False).first()
    page = browser.new_context(locale="en-GB").new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("secret-password")
    page.get_by_role("button", name="Sign in").click()

    page.goto(f"{live_server.url}/admin/pages/{resource.pk}/edit/")
    headings = page.locator("[data-inline-panel-child] [data-panel-heading-text]")
    with translation.override("en"):  # the editor's admin is in English
        languages = [f.get_language_display() for f in resource.files.all()]
    # What is shown: Wagtail's file number is still there, hidden.
    expect(headings).to_have_text(
        [f"File in {language}" for language in languages], use_inner_text=True
    )

    page.locator("select[name='files-0-language']").select_option("other")
    expect(headings.first).to_have_text("File in another language", use_inner_text=True)
    page.get_by_role("button", name="Add file").click()
    expect(headings.last).to_have_text("File in English", use_inner_text=True)
