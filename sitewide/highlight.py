"""A short extract of a result's text with the searched words marked, safely escaped.

The same on every database, so it cannot reproduce each language's stemmer; instead a word
counts as matching a searched term when, accents and case aside, both share a stem: the term
less its last two letters (at least three letters), and the word adds at most three letters to
it. "sols" marks "sol", "suelos" "suelo", "securite" "sécurité", and not "solution".
"""

import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .text_search import WORD

EXTRA_LETTERS = 3


def fold(text):
    """Lower case without accents: "Sécurité" -> "securite"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def stems(query):
    result = set()
    for term in WORD.findall(fold(query)):
        if len(term) < 2:
            continue
        result.add(term[: max(3, len(term) - 2)] if len(term) > 3 else term)
    return result


def matches(word, query_stems):
    folded = fold(word)
    return any(
        folded.startswith(stem) and len(folded) - len(stem) <= EXTRA_LETTERS for stem in query_stems
    )


def highlight(text, query, words=30, before=8):
    """About `words` words of `text` around the first match, matched words in <mark>."""
    query_stems = stems(query)
    tokens = list(WORD.finditer(text))
    if not tokens:
        return ""
    first = next((i for i, t in enumerate(tokens) if matches(t.group(), query_stems)), 0)
    start = max(0, first - before) if first else 0
    end = min(len(tokens), start + words)

    begin_at = tokens[start].start()
    end_at = tokens[end - 1].end() if end < len(tokens) else len(text)
    parts = ["… "] if start else []
    position = begin_at
    for token in tokens[start:end]:
        parts.append(escape(text[position : token.start()]))
        if matches(token.group(), query_stems):
            parts.append(f"<mark>{escape(token.group())}</mark>")
        else:
            parts.append(escape(token.group()))
        position = token.end()
    parts.append(escape(text[position:end_at]))
    if end < len(tokens):
        parts.append(" …")
    return mark_safe("".join(parts))  # every piece of text above is escaped
