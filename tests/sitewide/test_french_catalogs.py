"""The interface's French strings keep French typography's no-break spaces (before : ; ! ? and
inside « »), as the pages' content does: a plain one lets a line start with a colon, or split
« 4 pour 1000 » from its quotes, on a narrow screen or in an e-mail."""

from pathlib import Path

import polib

from tests.helpers import breakable_french_spaces

ROOT = Path(__file__).resolve().parent.parent.parent


def test_no_french_interface_string_has_a_breakable_space_before_its_punctuation():
    catalogs = sorted(ROOT.glob("*/locale/fr/LC_MESSAGES/django.po"))
    assert len(catalogs) > 10  # every app's, the project's too
    found = {
        f"{catalog.relative_to(ROOT)}: {entry.msgid[:40]}": spaces
        for catalog in catalogs
        for entry in polib.pofile(str(catalog))
        for text in [entry.msgstr, *entry.msgstr_plural.values()]
        if (spaces := breakable_french_spaces(text))
    }
    assert found == {}
