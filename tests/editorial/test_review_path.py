"""A French translator translates a page in wagtail-localize's editor and sends it for review;
a moderator approves it and the French page shows the translation."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from tests.editorial.editing import enter_strings, start_translation

pytestmark = pytest.mark.django_db

FRENCH = {
    "About": "À propos",
    "about": "a-propos",
    "The Initiative.": "L'Initiative.",
    "Soils store carbon.": "Les sols stockent du carbone.",
    "The Forum of Partners meets once a year.": "Le Forum des partenaires se réunit une fois par an.",
}


def test_translator_to_moderator_path(client, site, users, locales):
    about = site["about"]
    fr, es = locales["fr"], locales["es"]
    spanish = start_translation(client, users["es"], about, es)

    translation = start_translation(client, users["fr"], about, fr)
    statuses = enter_strings(client, translation, FRENCH)
    # Each string saved; the slug's was already made from the title (200: updated).
    assert len(statuses) == len(FRENCH) and set(statuses) <= {200, 201}
    french_page = about.get_translation(fr)
    editor_url = reverse("wagtailadmin_pages:edit", args=[french_page.pk])
    assert client.get(editor_url).status_code == 200  # wagtail-localize's editor

    # The translator cannot publish, nor touch the Spanish translation or the English source.
    client.post(editor_url, {"action": "publish"})
    assert "Les sols stockent du carbone." not in client.get(french_page.url).content.decode()
    assert set(enter_strings(client, spanish, {"Soils store carbon.": "x"})) == {403}
    assert client.get(reverse("wagtailadmin_pages:edit", args=[about.pk])).status_code != 200

    client.force_login(users["es"])
    client.post(reverse("editorial_submit_for_review", args=[translation.pk]))
    assert not Page.objects.get(pk=french_page.pk).specific.workflow_in_progress

    client.force_login(users["fr"])
    response = client.post(reverse("editorial_submit_for_review", args=[translation.pk]))
    assert response.status_code == 302
    french_page = Page.objects.get(pk=french_page.pk).specific
    assert french_page.workflow_in_progress
    # In review, visitors still see the page as it was.
    assert "Les sols stockent du carbone." not in client.get(french_page.url).content.decode()

    client.force_login(users["moderator"])
    task_state = french_page.current_workflow_task_state
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action", args=[french_page.pk, "approve", task_state.pk]
        ),
        {"comment": "Bien."},
    )
    assert response.status_code in (200, 302)

    french_page = Page.objects.get(pk=french_page.pk).specific
    assert not french_page.workflow_in_progress
    assert french_page.url == "/fr/a-propos/"
    html = client.get("/fr/a-propos/").content.decode()
    for text in FRENCH.values():
        if text != "a-propos":
            assert text.replace("'", "&#x27;") in html
