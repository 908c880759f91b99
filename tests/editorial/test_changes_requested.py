"""Requested changes are visible where the author works: the moderator's comment above the
page editor and the translation editor, "changes requested" on the dashboard and in the page
listings."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.editorial.editing import enter_strings, start_translation

pytestmark = pytest.mark.django_db

COMMENT = "Please cite the 2015 declaration."


def sent_back(page, author, moderator):
    """`author` submits `page`; `moderator` requests changes with COMMENT."""
    page.get_workflow().start(page, author)
    page.refresh_from_db()
    task_state = page.current_workflow_state.current_task_state.specific
    task_state.reject(user=moderator, comment=COMMENT)


def soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_an_editor_sees_the_moderators_comment(client, site, users):
    about = site["about"]
    about.title = "About the Initiative"
    about.save_revision(user=users["editor"])
    sent_back(about, users["editor"], users["moderator"])
    client.force_login(users["editor"])

    editor = soup(client, reverse("wagtailadmin_pages:edit", args=[about.pk]))
    banner = editor.select_one(".editorial-changes-requested")
    assert "Changes requested" in banner.get_text()
    assert COMMENT in banner.get_text()
    assert "moderator" in banner.get_text()  # who asked

    dashboard = soup(client, reverse("wagtailadmin_home"))
    row = next(
        tr for tr in dashboard.select("#my_drafts-section tr") if "About the Initiative" in tr.text
    )
    assert "changes requested" in row.get_text().lower()

    listing = soup(client, reverse("wagtailadmin_explore", args=[site["home"].pk]))
    row = next(tr for tr in listing.select("tbody tr") if "About" in tr.get_text())
    assert "changes requested" in row.get_text().lower()


def test_a_translator_sees_the_moderators_comment_in_the_translation_editor(
    client, site, users, locales
):
    translation = start_translation(client, users["fr"], site["about"], locales["fr"])
    enter_strings(client, translation, {"About": "À propos"})
    client.post(reverse("editorial_submit_for_review", args=[translation.pk]))
    french = site["about"].get_translation(locales["fr"])
    french.refresh_from_db()
    french.current_workflow_state.current_task_state.specific.reject(
        user=users["moderator"], comment=COMMENT
    )

    editor = soup(client, reverse("wagtailadmin_pages:edit", args=[french.pk]))
    assert COMMENT in editor.select_one(".editorial-review").get_text()
    assert "changes requested" in soup(client, reverse("wagtailadmin_home")).get_text().lower()
