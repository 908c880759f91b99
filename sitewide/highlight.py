"""A short extract of a result's text with the searched words marked, safely escaped.

The same on every database, so it cannot reproduce each language's stemmer; instead a word
counts as matching a searched term when, accents and case aside, both share a stem: the term
less its last two letters (at least three letters), and the word adds at most three letters to
it. "sols" marks "sol", "suelos" "suelo", "securite" "sécurité", and not "solution".

The stems become one regular expression, each letter standing for itself with or without an
accent, so the text is searched in C rather than word by word in Python: a result found by its
title only has its whole text read, and a page's text can be thousands of words.
"""

import functools
import re
import unicodedata
from itertools import islice

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text_search import WORD

EXTRA_LETTERS = 3
# How far back to look first for the words shown before the first match.
LOOK_BACK = 400


def fold(text):
    """Lower case without accents: "Sécurité" -> "securite"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _accented_forms():
    """{"e": "eéèêë…"}: each letter and the Latin letters that fold to it."""
    forms = {}
    for code in range(0xC0, 0x250):
        folded = fold(chr(code))
        if len(folded) == 1 and folded.isascii() and folded.isalpha():
            forms[folded] = forms.get(folded, folded) + chr(code).lower()
    return forms


ACCENTED = _accented_forms()


def stems(query):
    result = set()
    for term in WORD.findall(fold(query)):
        if len(term) < 2:
            continue
        result.add(term[: max(3, len(term) - 2)] if len(term) > 3 else term)
    return result


@functools.lru_cache(maxsize=256)
def _stem_pattern(sorted_stems):
    """A word made of one of the stems and at most EXTRA_LETTERS more, in any case and
    with or without accents."""
    alternatives = (
        "".join(f"[{re.escape(ACCENTED[c])}]" if c in ACCENTED else re.escape(c) for c in stem)
        for stem in sorted_stems
    )
    return re.compile(rf"(?:{'|'.join(alternatives)})\w{{0,{EXTRA_LETTERS}}}", re.IGNORECASE)


def _patterns(query):
    """(a matching word, a matching word anywhere in a text), or None without a stem."""
    query_stems = stems(query)
    if not query_stems:
        return None
    word = _stem_pattern(tuple(sorted(query_stems)))
    return word, re.compile(rf"(?<!\w){word.pattern}(?!\w)", word.flags)


def _window_start(text, match_at, before):
    """Where the extract begins: `before` words before the first match (or fewer)."""
    if not before:
        return match_at
    since = max(0, match_at - LOOK_BACK)
    preceding = list(WORD.finditer(text, since, match_at))
    if since and len(preceding) <= before:  # the first word found may be cut: from the start
        preceding = list(WORD.finditer(text, 0, match_at))
    return preceding[-before:][0].start() if preceding else match_at


def highlight(text, query, words=30, before=8):
    """About `words` words of `text` around the first match, matched words in <mark>."""
    patterns = _patterns(query)
    found = patterns[1].search(text) if patterns else None
    start_at = _window_start(text, found.start(), before) if found else 0
    tokens = list(islice(WORD.finditer(text, start_at), words + 1))
    if not tokens:
        return ""
    more = len(tokens) > words
    tokens = tokens[:words]

    begin_at = tokens[0].start()
    end_at = tokens[-1].end() if more else len(text)
    parts = ["… "] if WORD.search(text, 0, begin_at) else []
    position = begin_at
    for token in tokens:
        parts.append(escape(text[position : token.start()]))
        if patterns and patterns[0].fullmatch(token.group()):
            parts.append(f"<mark>{escape(token.group())}</mark>")
        else:
            parts.append(escape(token.group()))
        position = token.end()
    parts.append(escape(text[position:end_at]))
    if more:
        parts.append(" …")
    return mark_safe("".join(parts))  # every piece of text above is escaped
