"""A translator downloads a page's PO file, translates it in a PO editor, uploads it; once
published, the French page shows every string."""

import html

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import Translation

from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

FRENCH = {
    "Governance": "Gouvernance",
    "governance": "gouvernance",
    "How the Initiative is run.": "Comment l'Initiative est gouvernée.",
    "The bodies": "Les instances",
    "The Consortium of Members steers the Initiative.": "Le Consortium des membres pilote l'Initiative.",
    "Soils are the answer.": "Les sols sont la réponse.",
    "The Executive Secretariat": "Le Secrétariat exécutif",
    "Scientific and Technical Committee": "Comité scientifique et technique",
}


@pytest.fixture
def governance(site):
    page = ContentPageFactory(
        parent=site["about"],
        slug="governance",
        title="Governance",
        intro="How the Initiative is run.",
        body=[
            {"type": "heading", "value": {"text": "The bodies", "level": "h2"}},
            {
                "type": "paragraph",
                "value": "<p>The Consortium of Members steers the Initiative.</p>",
            },
            {
                "type": "quote",
                "value": {
                    "quote": "Soils are the answer.",
                    "attribution": "The Executive Secretariat",
                },
            },
            {
                "type": "heading",
                "value": {"text": "Scientific and Technical Committee", "level": "h3"},
            },
        ],
    )
    page.save_revision().publish()
    return page


def test_po_round_trip(
    client, site, users, locales, governance, django_capture_on_commit_callbacks
):
    fr = locales["fr"]
    client.force_login(users["moderator"])
    # The parent must be translated first for the French URL to be French all the way.
    for page in (site["about"], governance):
        client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [fr.pk]},
        )
    client.force_login(users["fr"])
    translation = Translation.objects.get(
        source__object_id=governance.translation_key, target_locale=fr
    )

    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert {entry.msgid for entry in po} >= set(FRENCH)
    for entry in po:
        entry.msgstr = FRENCH.get(entry.msgid, "")
    upload = SimpleUploadedFile("governance-fr.po", str(po).encode(), "text/x-gettext-translation")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload}
    )
    assert response.status_code == 302

    client.force_login(users["moderator"])
    french = governance.get_translation(fr)
    # wagtail-localize publishes when the request's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[french.pk]), {"action": "publish"})

    french.refresh_from_db()
    assert french.url.endswith("/gouvernance/")
    page = html.unescape(client.get(french.url).content.decode())
    for msgid, text in FRENCH.items():
        if msgid != "governance":
            assert text in page, msgid
