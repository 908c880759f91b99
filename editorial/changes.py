"""What changed in an English page since its translation last took it in.

wagtail-localize keeps only the source's current segments. The English as the translator last
saw it is the source page's revision that was live then (the last one published before that
moment): both versions go through wagtail-localize's own segment extraction, and the segments
are paired field by field, so a translator sees the old and new English of each changed
segment, with the changed words marked. Segments that did not change keep their translation
(wagtail-localize matches them by text and position).
"""

import difflib
import re
from dataclasses import dataclass
from itertools import zip_longest

from django.utils.html import format_html, format_html_join
from wagtail.models import Page, PageLogEntry
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

WORDS = re.compile(r"\s+|[^\s\w]|\w+")


@dataclass
class Change:
    old: str
    new: str

    def marked(self):
        """(old, new) as HTML, the words only one of them has in <del> and <ins>."""
        old_words, new_words = WORDS.findall(self.old), WORDS.findall(self.new)
        old_parts, new_parts = [], []
        matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            old_text, new_text = "".join(old_words[i1:i2]), "".join(new_words[j1:j2])
            if op == "equal":
                old_parts.append(("{}", old_text))
                new_parts.append(("{}", new_text))
                continue
            if old_text:
                old_parts.append(("<del>{}</del>", old_text))
            if new_text:
                new_parts.append(("<ins>{}</ins>", new_text))
        return join(old_parts), join(new_parts)

    @property
    def old_html(self):
        return self.marked()[0]

    @property
    def new_html(self):
        return self.marked()[1]


def join(parts):
    return format_html_join("", "{}", ((format_html(fmt, text),) for fmt, text in parts))


def strings_by_path(instance):
    """Field path -> the texts of its segments, in page order."""
    paths = {}
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            paths.setdefault(segment.path, []).append(segment.string.render_text())
    return paths


def revision_live_at(page, when):
    """The page's revision visitors saw at `when`: the last one published by then."""
    entry = (
        PageLogEntry.objects.filter(
            page_id=page.pk, action="wagtail.publish", timestamp__lte=when, revision__isnull=False
        )
        .select_related("revision")
        .order_by("-timestamp", "-pk")
        .first()
    )
    if entry:
        return entry.revision
    # Pages published without a log entry (imports): the last revision saved by then.
    return page.revisions.filter(created_at__lte=when).order_by("-created_at", "-pk").first()


def changed_segments(source_page, since):
    """The changes to `source_page`'s segments since `since`, in the page's order; None when
    the English of that time is not known."""
    if since is None:
        return None
    revision = revision_live_at(source_page, since)
    if revision is None:
        return None
    old = strings_by_path(revision.as_object())
    new = strings_by_path(source_page)
    changes = []
    for path, new_texts in new.items():
        old_texts = old.get(path, [])
        matcher = difflib.SequenceMatcher(None, old_texts, new_texts, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op != "equal":
                pairs = zip_longest(old_texts[i1:i2], new_texts[j1:j2], fillvalue="")
                changes += [Change(before, after) for before, after in pairs]
    # Fields or blocks removed altogether: nothing left to translate, but worth knowing.
    changes += [
        Change(text, "") for path, texts in old.items() if path not in new for text in texts
    ]
    return changes


def row_changes(row):
    """The changed segments of a page translation the source changed under (out of date, or
    a draft or a translation in review that the change caught)."""
    if not row.stale or not row.is_page:
        return None
    return changed_segments(Page.objects.get(pk=row.source_pk).specific, row.synced_at)
