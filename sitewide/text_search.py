"""Searching by words, the same way everywhere: the site search (search app) and the
platform's searches (shared knowledge, discussions, joint projects).

A query is cleaned and bounded (`clean_query`), then reduced to its words (`words_of`):
punctuation means something to the engines' own syntaxes, never to what a reader means.

On PostgreSQL, text is matched with its own language's stemmer, accents aside: the
`<language>_unaccent` text search configurations made by the search app's first migration, so
"sols" finds a French text about "sol" and "securite" one about "sécurité". Elsewhere (SQLite)
every word must appear in one of the fields, in any case.
"""

import re

from django.conf import settings
from django.db import connection
from django.db.models import Q

# The configuration text in each language is indexed and searched with.
CONFIGS = {
    "en": "english_unaccent",
    "fr": "french_unaccent",
    "es": "spanish_unaccent",
}
# A language without a stemmer here is still searched accent-insensitively.
FALLBACK_CONFIG = "simple_unaccent"

MAX_QUERY_LENGTH = 200
MAX_WORDS = 10
# Control characters (NUL above all, which PostgreSQL refuses in text) never belong in a query.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
WORD = re.compile(r"\w+")


def config_for_language(language_code):
    """The configuration for a language; without one (images, documents), the site's default
    language's."""
    language = (language_code or settings.LANGUAGE_CODE).split("-")[0].lower()
    return CONFIGS.get(language, FALLBACK_CONFIG)


def clean_query(raw):
    """The query as searched: single-spaced, without control characters, at most
    MAX_QUERY_LENGTH characters; and whether it had to be shortened."""
    query = " ".join(CONTROL_CHARACTERS.sub(" ", raw).split())
    if len(query) > MAX_QUERY_LENGTH:
        return query[:MAX_QUERY_LENGTH].rstrip(), True
    return query, False


def words_of(query, limit=MAX_WORDS):
    """The query's words and nothing else, bounded (`limit=None`: every word)."""
    return WORD.findall(query[:MAX_QUERY_LENGTH])[:limit]


def condition(items, words, fields, language_field=None, name="search"):
    """`items` (with what the condition needs) and the condition that `fields` together hold
    every one of `words`.

    On PostgreSQL each row is stemmed in the configuration of its `language_field`, a language
    code (one without a configuration here is searched without stemming); a model without a
    language (`language_field=None`) matches when any of the site's languages finds the words.
    `name` tells apart the conditions combined on one query."""
    if connection.vendor != "postgresql":
        found = Q()
        for word in words:
            found &= Q.create([(f"{field}__icontains", word) for field in fields], connector=Q.OR)
        return items, found

    from django.contrib.postgres.search import SearchQuery, SearchVector

    text = " ".join(words)
    found = Q()
    configs = list(CONFIGS.items())
    if language_field:
        configs.append((None, FALLBACK_CONFIG))  # the languages without a stemmer here
    for language, config in configs:
        alias = f"{name}_{config}"
        items = items.alias(**{alias: SearchVector(*fields, config=config)})
        matches = Q(**{alias: SearchQuery(text, config=config)})
        if language_field and language:
            matches &= Q(**{language_field: language})
        elif language_field:
            matches &= ~Q(**{f"{language_field}__in": list(CONFIGS)})
        found |= matches
    return items, found


def matching(items, words, fields, language_field=None):
    """`items` whose `fields` hold every one of `words` (see `condition`)."""
    items, found = condition(items, words, fields, language_field)
    return items.filter(found)
