"""The loop translators live in: the English page changes, the French translation goes out of
date, the translator syncs and translates the change, sends it for review; the moderator sends
it back with a comment, then approves it, and the French page shows the new text."""

import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail_localize.models import Translation

from editorial.status import Board
from tests.editorial.editing import enter_strings

pytestmark = pytest.mark.django_db

FRENCH = {
    "About": "À propos",
    "about": "a-propos",
    "The Initiative.": "L'Initiative.",
    "Soils store carbon.": "Les sols stockent du carbone.",
    "The Forum of Partners meets once a year.": "Le Forum des partenaires se réunit une fois par an.",
}
NEW_INTRO = "The Initiative, launched at COP 21."


def board_row(client, title, language="fr"):
    """The board's row for `title` as the signed-in user sees it."""
    response = client.get(reverse("editorial_translations") + f"?language={language}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find("th", attrs={"data-source-title": title}).parent


def state(row):
    return row.find("td", attrs={"data-state": True})["data-state"]


def changes(html):
    """(English before, English now) of each changed segment the board or editor lists."""
    return [
        (
            li.select_one(".editorial-change-old").get_text(),
            li.select_one(".editorial-change-new").get_text(),
        )
        for li in html.select(".editorial-changes li")
    ]


def submit(client, form, button=None, **data):
    """Post a form as its button would: the button's formaction wins over the form's action."""
    fields = {i["name"]: i.get("value", "") for i in form.find_all("input") if i.get("name")}
    action = (button and button.get("formaction")) or form["action"]
    return client.post(action, {**fields, **data})


@pytest.fixture
def out_of_date(site, locales, translate):
    about = site["about"]
    french = translate(about, locales["fr"], FRENCH)
    about.intro = NEW_INTRO
    about.save_revision().publish()
    return about, french


def test_out_of_date_translation_goes_through_review_again(
    client, out_of_date, users, locales, django_capture_on_commit_callbacks
):
    about, french = out_of_date
    client.force_login(users["fr"])
    row = board_row(client, "About")
    assert state(row) == "out_of_date"
    assert row.form is None  # nothing new to send before the sync
    assert changes(row) == [("The Initiative.", "The Initiative, launched at COP 21.")]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", row.time.get_text())  # ISO 8601
    assert [ins.get_text() for ins in row.select(".editorial-changes ins")] == [
        ", launched at COP 21"
    ]
    sync_url = row.a["href"]

    # The Sync page offers translators no publish control they could not use.
    page = client.get(sync_url).content.decode()
    assert 'name="publish_translations"' not in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(sync_url, {"publish_translations": "on"})
    editor_url = reverse("wagtailadmin_pages:edit", args=[french.pk])
    assert response["Location"] == editor_url  # on to the translation's new segments
    assert "Les sols stockent du carbone." in client.get(french.url).content.decode()
    assert NEW_INTRO not in client.get(french.url).content.decode()

    translation = Translation.objects.get(
        pk=Board(["fr"]).filtered(state="out_of_date")[0].translation_id
    )
    assert enter_strings(client, translation, {NEW_INTRO: "L'Initiative, lancée à la COP 21"}) == [
        201
    ]
    # The translation editor offers the same step as the board.
    editor = BeautifulSoup(client.get(editor_url).content, "html.parser")
    assert editor.select_one(".editorial-review [data-state]")["data-state"] == "out_of_date"
    assert changes(editor) == [("The Initiative.", "The Initiative, launched at COP 21.")]
    row = board_row(client, "About")
    assert row.form.button.get_text(strip=True).startswith("Send for review")
    submit(client, row.form)
    assert state(board_row(client, "About")) == "in_review"
    assert NEW_INTRO not in client.get(french.url).content.decode()  # visitors wait for approval

    # The moderator reads it in the translation editor and sends it back with a comment.
    client.force_login(users["moderator"])
    editor = BeautifulSoup(client.get(editor_url).content, "html.parser")
    form = editor.select_one(".editorial-review form")
    reject = next(b for b in form.find_all("button") if "Request changes" in b.get_text())
    response = submit(client, form, reject, comment="Il manque le point final.")
    assert response["Location"] == editor_url

    client.force_login(users["fr"])
    row = board_row(client, "About")
    assert state(row) == "changes_requested"
    assert "Il manque le point final." in row.get_text()
    editor = BeautifulSoup(client.get(editor_url).content, "html.parser")
    assert "Il manque le point final." in editor.select_one(".editorial-review").get_text()
    enter_strings(client, translation, {NEW_INTRO: "L'Initiative, lancée à la COP 21."})
    submit(client, editor.select_one(".editorial-review form"))
    assert state(board_row(client, "About")) == "in_review"

    # Approved from the board, the new version is what visitors see.
    client.force_login(users["moderator"])
    form = board_row(client, "About").find("form")
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, form, comment="Merci.")
    html = client.get(french.url).content.decode()
    assert "L&#x27;Initiative, lancée à la COP 21." in html
    assert "Les sols stockent du carbone." in html  # unchanged segments kept their translation
    assert state(board_row(client, "About")) == "up_to_date"


def test_only_moderators_get_the_review_actions(client, out_of_date, users, locales):
    about, french = out_of_date
    client.force_login(users["moderator"])
    sync_url = board_row(client, "About").a["href"]
    assert 'name="publish_translations"' in client.get(sync_url).content.decode()

    client.force_login(users["fr"])
    client.post(sync_url)
    submit(client, board_row(client, "About").form)
    row = board_row(client, "About")
    assert state(row) == "in_review"
    assert row.find("textarea") is None  # a translator cannot approve their own work
    client.force_login(users["moderator"])
    assert board_row(client, "About").find("textarea") is not None
