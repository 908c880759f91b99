"""The initial content's translation catalogs (site/content/translations/) hold only strings the
content still has: an msgid left behind by a changed text is a translation nobody reads, and
hides which texts really are translated."""

import html
import json
import re

import polib

from sitewide.content_loading import CONTENT_DIR


def plain(text):
    """Text without its markup: wagtail-localize rewrites links in the strings it extracts
    (`<a id="a1">`), so strings are compared by their words."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())


def texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item)


def content_text():
    """Every text of the content sources, published or awaiting approval, one a line."""
    return "\n".join(
        plain(text)
        for path in sorted(CONTENT_DIR.glob("*.json"))
        for text in texts(json.loads(path.read_text(encoding="utf-8")))
    )


def unused_msgids(catalog, content):
    return [entry.msgid for entry in catalog if plain(entry.msgid) not in content]


def test_every_msgid_of_the_content_catalogs_is_still_in_the_content():
    content = content_text()
    catalogs = sorted(CONTENT_DIR.glob("translations/*/*.po"))
    assert len(catalogs) >= 16
    unused = {
        str(path.relative_to(CONTENT_DIR)): found
        for path in catalogs
        if (found := unused_msgids(polib.pofile(str(path)), content))
    }
    obsolete = {
        str(path.relative_to(CONTENT_DIR)): len(polib.pofile(str(path)).obsolete_entries())
        for path in catalogs
    }
    assert unused == {}
    assert set(obsolete.values()) == {0}


def test_the_check_finds_a_string_the_content_no_longer_has():
    catalog = polib.POFile()
    for msgid in ("Members' area", 'Read <a id="a1">the criteria</a>', "Forum of Partners"):
        catalog.append(polib.POEntry(msgid=msgid, msgstr="…"))
    content = plain("<p>Members&#x27; area</p>\n<p>Read <a href='/x'>the criteria</a></p>")
    assert unused_msgids(catalog, content) == ["Forum of Partners"]
