"""What changed in English since a translation last took it in, segment by segment."""

import pytest
from django.utils import timezone

from editorial.changes import Change, changed_segments

pytestmark = pytest.mark.django_db


def test_changed_segments_pair_old_and_new_english(site):
    about = site["about"]
    translated_at = timezone.now()
    paragraphs = about.body.raw_data
    paragraphs[1]["value"] = "<p>The Forum of Partners meets twice a year.</p>"
    paragraphs.append({"type": "paragraph", "value": "<p>Members join online.</p>"})
    about.title = "About us"
    about.save_revision().publish()

    changes = changed_segments(about, translated_at)

    assert [(c.old, c.new) for c in changes] == [
        ("About", "About us"),
        ("The Forum of Partners meets once a year.", "The Forum of Partners meets twice a year."),
        ("", "Members join online."),
    ]
    assert changes[1].old_html == "The Forum of Partners meets <del>once</del> a year."
    assert changes[1].new_html == "The Forum of Partners meets <ins>twice</ins> a year."
    # Nothing changed since the latest publication.
    assert changed_segments(about, timezone.now()) == []


def test_marked_words_are_escaped():
    change = Change("Soils & <carbon>", "Soils & <water>")
    assert change.old_html == "Soils &amp; &lt;<del>carbon</del>&gt;"
    assert change.new_html == "Soils &amp; &lt;<ins>water</ins>&gt;"
