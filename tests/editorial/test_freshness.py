"""No stale approval: the English changes while its French translation is in review; the
approval is refused, with the changed segments shown, until the translation is synced and the
changed segments translated; then the approval publishes the new text. A moderator may still
publish it as it is, with a reason kept in the page's history. The same holds for snippets."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import PageLogEntry
from wagtail_localize.models import Translation

from home.models import Topic
from sitewide.content_loading import synchronise_trees
from tests.editorial.editing import enter_strings, start_translation
from tests.editorial.test_review_loop import board_row, changes, state, submit
from tests.home.factories import body
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

TITLE = "Farmers restore their soils"
FRENCH = {
    TITLE: "Des agriculteurs restaurent leurs sols",
    "Eight farmers joined the programme.": "Huit agriculteurs ont rejoint le programme.",
    "The details.": "Les détails.",
}
NEW = "Twelve farmers joined the programme."


@pytest.fixture
def news_item(site):
    index = NewsIndexPageFactory(parent=site["home"])
    index.save_revision().publish()
    item = NewsPageFactory(
        parent=index,
        title=TITLE,
        slug="farmers",
        intro="Eight farmers joined the programme.",
        body=body("The details."),
    )
    item.save_revision().publish()
    synchronise_trees()
    return item


@pytest.fixture
def in_review(client, news_item, users, locales, django_capture_on_commit_callbacks):
    """Translated into French and sent for review; then the English changes and is published."""
    translation = start_translation(client, users["fr"], news_item, locales["fr"])
    enter_strings(client, translation, FRENCH)
    french = news_item.get_translation(locales["fr"])
    client.post(reverse("editorial_submit_for_review", args=[translation.pk]))
    assert french.get_latest_revision() is not None and french.specific.workflow_in_progress
    news_item.intro = NEW
    with django_capture_on_commit_callbacks(execute=True):
        news_item.save_revision(user=users["editor"]).publish()
    return translation, french


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def live_text(client, page):
    page.refresh_from_db()
    return client.get(page.url).content.decode()


def test_approval_waits_for_the_changed_segments(
    client, in_review, users, django_capture_on_commit_callbacks
):
    translation, french = in_review
    editor_url = reverse("wagtailadmin_pages:edit", args=[french.pk])

    # Flagged at once: on the board, in the translation editor, in the moderator's queue.
    client.force_login(users["moderator"])
    row = board_row(client, TITLE)
    assert state(row) == "in_review"
    assert row.select_one("[data-stale]") is not None
    assert changes(row) == [("Eight farmers joined the programme.", NEW)]
    editor = BeautifulSoup(client.get(editor_url).content, "html.parser")
    assert editor.select_one(".editorial-review [data-stale]") is not None
    assert changes(editor) == [("Eight farmers joined the programme.", NEW)]
    dashboard = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    queue = dashboard.select_one("#awaiting-review-section")
    assert TITLE in queue.get_text() or FRENCH[TITLE] in queue.get_text()
    assert queue.select_one("[data-stale]") is not None

    # Approving is refused, with the reason; nothing is published.
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, row.form, comment="OK")
    assert "cannot be published yet" in " ".join(messages_of(response))
    assert "Huit agriculteurs" not in live_text(client, french)  # visitors still see English
    assert state(board_row(client, TITLE)) == "in_review"
    # The translation editor's own "Publish" is refused the same way.
    response = client.post(editor_url, {"action": "publish"})
    assert "cannot be published yet" in " ".join(messages_of(response))
    assert "Huit agriculteurs" not in live_text(client, french)

    # The translator syncs: the approval still waits for the changed segment.
    client.force_login(users["fr"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtail_localize:update_translations", args=[translation.source_id]))
    client.force_login(users["moderator"])
    editor = BeautifulSoup(client.get(editor_url).content, "html.parser")
    assert [li.get_text() for li in editor.select(".editorial-untranslated li")] == [NEW]
    response = submit(client, board_row(client, TITLE).form, comment="OK")
    assert "still needs translating" in " ".join(messages_of(response))

    # Translated, the approval publishes the new text.
    client.force_login(users["fr"])
    enter_strings(client, translation, {NEW: "Douze agriculteurs ont rejoint le programme."})
    client.force_login(users["moderator"])
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, board_row(client, TITLE).form, comment="Merci.")
    assert "approved and published" in " ".join(messages_of(response))
    html = live_text(client, french)
    assert "Douze agriculteurs ont rejoint le programme." in html
    assert "Huit agriculteurs" not in html
    assert state(board_row(client, TITLE)) == "up_to_date"


def test_a_moderator_may_publish_as_is_with_a_reason(
    client, in_review, users, django_capture_on_commit_callbacks
):
    translation, french = in_review
    client.force_login(users["moderator"])
    form = board_row(client, TITLE).select_one("form.editorial-as-is")

    response = submit(client, form, reason="  ")
    assert "Say why" in " ".join(messages_of(response))
    assert not PageLogEntry.objects.filter(page=french, action="editorial.publish_as_is").exists()

    with django_capture_on_commit_callbacks(execute=True):
        submit(client, form, reason="The figure is corrected next week.")
    assert "Huit agriculteurs" in live_text(client, french)
    entry = PageLogEntry.objects.get(page=french, action="editorial.publish_as_is")
    assert entry.user == users["moderator"]
    history = client.get(reverse("wagtailadmin_pages:history", args=[french.pk])).content.decode()
    assert "The figure is corrected next week." in history

    client.force_login(users["fr"])
    assert board_row(client, TITLE).select_one("form.editorial-as-is") is None  # moderators only


def test_a_stale_snippet_translation_is_not_published(client, users, locales, translate):
    topic = Topic.objects.create(name="Soil carbon", slug="soil-carbon", locale=locales["en"])
    french = translate(topic, locales["fr"], {"Soil carbon": "Carbone du sol"})
    topic.name = "Soil organic carbon"
    topic.save()
    edit_url = reverse("wagtailsnippets_home_topic:edit", args=[french.pk])
    client.force_login(users["moderator"])

    editor = BeautifulSoup(client.get(edit_url).content, "html.parser")
    assert editor.select_one(".editorial-review [data-state]")["data-state"] == "out_of_date"
    response = client.post(edit_url, {"action": "publish"})
    assert "cannot be published yet" in " ".join(messages_of(response))

    translation = Translation.objects.get(
        source__object_id=topic.translation_key, target_locale=locales["fr"]
    )
    client.post(reverse("wagtail_localize:update_translations", args=[translation.source_id]))
    editor = BeautifulSoup(client.get(edit_url).content, "html.parser")
    assert [li.get_text() for li in editor.select(".editorial-untranslated li")] == [
        "Soil organic carbon"
    ]
    response = client.post(edit_url, {"action": "publish"})
    assert "still needs translating" in " ".join(messages_of(response))
    french.refresh_from_db()
    assert french.name == "Carbone du sol"

    enter_strings(client, translation, {"Soil organic carbon": "Carbone organique du sol"})
    client.post(edit_url, {"action": "publish"})
    french.refresh_from_db()
    assert french.name == "Carbone organique du sol"
