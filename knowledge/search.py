"""Finding shared knowledge by words.

On PostgreSQL each item is matched with its own language's stemmer, accents aside: the
`<language>_unaccent` text search configurations the site search made (search app, migration
0001), so "sols" finds a French summary about "sol" and "securite" one about "sécurité".
Elsewhere (SQLite) every word must appear in the title or the summary, in any case.
"""

import re

from django.db import connection
from django.db.models import Q

from .models import Language

# The configuration each item's language is indexed with; "other" languages without stemming.
CONFIGS = {
    Language.EN: "english_unaccent",
    Language.FR: "french_unaccent",
    Language.ES: "spanish_unaccent",
    Language.OTHER: "simple_unaccent",
}
MAX_QUERY_LENGTH = 200
WORD = re.compile(r"\w+")


def words_of(query):
    """The query's words and nothing else (punctuation means something to the engines'
    syntaxes, never to what a member means), bounded."""
    return WORD.findall(query[:MAX_QUERY_LENGTH])[:10]


def search(items, query):
    words = words_of(query)
    if not words:
        return items
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        text = " ".join(words)
        matches = Q()
        for language, config in CONFIGS.items():
            vector = SearchVector("title", "summary", config=config)
            items = items.alias(**{f"vector_{language}": vector})
            matches |= Q(
                language=language, **{f"vector_{language}": SearchQuery(text, config=config)}
            )
        return items.filter(matches)
    for word in words:
        items = items.filter(Q(title__icontains=word) | Q(summary__icontains=word))
    return items
