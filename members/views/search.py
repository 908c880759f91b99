"""Searching the platform at /<lang>/platform/search/?q=…: any input gives a page, the query
(cleaned and bounded) stays in the box."""

from members.search import search_platform
from sitewide.text_search import MAX_QUERY_LENGTH, clean_query, words_of

from .base import PlatformView

RESULTS_PER_GROUP = 5


class SearchView(PlatformView):
    template_name = "pages/members/search.html"
    section = "search"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query, shortened = clean_query(self.request.GET.get("q", ""))
        words = words_of(query)
        groups = search_platform(self.request, words, RESULTS_PER_GROUP) if words else []
        context.update(
            query=query,
            query_shortened=shortened,
            max_query_length=MAX_QUERY_LENGTH,
            words=words,
            groups=groups,
            found=any(group.total for group in groups),
        )
        return context
