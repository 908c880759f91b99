"""Finding shared knowledge by words: the title and the summary, each item in its own
language's configuration on PostgreSQL (sitewide.text_search), so "sols" finds a French summary
about "sol" and "securite" one about "sécurité"."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from members.search import Result, ResultGroup
from sitewide.highlight import highlight
from sitewide.text_search import matching, words_of

from .models import KnowledgeItem


def search(items, query):
    words = words_of(query)
    if not words:
        return items
    return matching(items, words, ["title", "summary"], language_field="language")


def search_results(request, words, limit):
    """Shared knowledge in the platform's search (members.search), with a link to the list
    filtered by the same words."""
    query = " ".join(words)
    items = search(KnowledgeItem.objects.all(), query)
    return ResultGroup(
        title=_("Shared knowledge"),
        total=items.count(),
        results=[
            Result(
                title=item.title,
                url=reverse("knowledge:item", args=[item.pk]),
                excerpt=highlight(item.summary, query),
                language=item.language,
                date=item.created_at,
            )
            for item in items[:limit]
        ],
        more_url=f"{reverse('knowledge:list')}?{urlencode({'q': query})}",
    )
