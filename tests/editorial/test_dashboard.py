"""The admin dashboard of each role: their drafts, recent edits and, for translators and
moderators only, the Translations board's counts; the menu shows the board to them alone."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import User

pytestmark = pytest.mark.django_db


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def panel(html, panel_id):
    section = html.find(id=f"{panel_id}-section") or html.find(id=panel_id)
    return section


def rows(section):
    return [a.get_text(strip=True) for a in section.select("td.title a")]


def test_an_editor_sees_their_drafts_and_the_recent_edits_but_no_translation_board(
    client, site, users
):
    about = site["about"]
    about.title = "About the Initiative"
    about.save_revision(user=users["editor"])

    html = dashboard(client, users["editor"])

    assert rows(panel(html, "my_drafts")) == ["About the Initiative"]
    assert rows(panel(html, "recently_edited"))[0] == "About the Initiative"
    assert panel(html, "translation-states") is None
    assert "/admin/translations/" not in str(html.select_one("#wagtail-sidebar-props") or html)


def test_a_translator_sees_the_counts_of_their_language_with_links(client, site, users):
    html = dashboard(client, users["fr"])

    counts = panel(html, "translation-states")
    links = {a.get_text(" ", strip=True): a["href"] for a in counts.select("li a")}
    # About is an untranslated copy in French; the home page is translated and published.
    assert links == {
        "Not yet translated: 1": "/admin/translations/?state=not_translated&language=fr",
        "Published and up to date: 1": "/admin/translations/?state=up_to_date&language=fr",
    }
    assert rows(panel(html, "my_drafts")) == []
    assert "Nothing waiting" in panel(html, "my_drafts").get_text()
    # Only French pages, and no synchronised copy (nobody edited those), for a translator.
    assert rows(panel(html, "recently_edited")) == ["Bienvenue"]
    assert "/admin/translations/" in html.decode()


def test_a_moderator_sees_both_languages_counts(client, site, users):
    html = dashboard(client, users["moderator"])

    counts = panel(html, "translation-states")
    texts = [li.get_text(" ", strip=True) for li in counts.select("li")]
    assert texts == ["Not yet translated: 2", "Published and up to date: 2"]


def test_a_moderator_sees_what_awaits_review_with_approve_in_plain_sight(client, site, users):
    about = site["about"]
    about.title = "About the Initiative, revised"
    about.save_revision(user=users["editor"])
    about.get_workflow().start(about, users["editor"])

    html = dashboard(client, users["moderator"])

    # The row of the "Awaiting your review" panel, the one with the task's actions.
    row = next(
        tr
        for tr in html.select("tbody tr")
        if "About the Initiative, revised" in tr.get_text() and tr.select("td.actions-container")
    )
    approve = row.find("button", string=lambda text: text and text.strip() == "Approve")
    assert approve is not None
    assert approve.find_parent(attrs={"data-controller": "w-dropdown"}) is None  # not in "…"
    # The editor who submitted it finds it among their pages in review, with nothing to approve.
    editor = dashboard(client, users["editor"])
    assert "About the Initiative, revised" in panel(editor, "my_drafts").get_text()
    assert not editor.find("button", string=lambda text: text and text.strip() == "Approve")


def test_the_administrator_sees_the_panels_and_the_translation_counts(client, site):
    admin = User.objects.create_superuser("admin", "admin@example.org", "pw")

    html = dashboard(client, admin)

    assert panel(html, "my_drafts") is not None
    assert panel(html, "recently_edited") is not None
    assert panel(html, "translation-states") is not None
