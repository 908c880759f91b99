"""Site search at /<lang>/search/?q=…, in the active language (see sources.py for what it
looks through). Any input gives a page: the query is cleaned and bounded, the page number
tolerant, and everything shown is escaped."""

from urllib.parse import urlencode

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from sitewide.listing import paginate
from sitewide.text_search import MAX_QUERY_LENGTH, clean_query, words_of

from .sources import describe_all, find, promoted

RESULTS_PER_PAGE = 10


def search_terms(query):
    """The words of the query and nothing else (a lone double quote breaks SQLite's syntax)."""
    return " ".join(words_of(query, limit=None))


def other_languages(request, locale, query):
    """The same search in the other languages, offered when nothing matches."""
    return [
        {
            "language_code": other.language_code,
            "name": other.get_display_name(),
            "url": f"{reverse_in(other.language_code)}?{urlencode({'q': query})}",
        }
        for other in Locale.objects.exclude(pk=getattr(locale, "pk", None)).order_by(
            "language_code"
        )
    ]


def reverse_in(language_code):
    with translation.override(language_code):
        return reverse("search")


def search(request):
    query, shortened = clean_query(request.GET.get("q", ""))
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:  # a language without content yet: nothing to find
        locale = None
    promotions, page_obj, results = [], None, []

    if query:
        promotions = promoted(query, locale, request)
        promoted_pages = [item["page_id"] for item in promotions if "page_id" in item]
        found = find(search_terms(query), locale, exclude_pages=promoted_pages)
        page_obj = paginate(request, found, RESULTS_PER_PAGE)
        results = describe_all(page_obj, request, query)

    return TemplateResponse(
        request,
        "pages/search/search_results.html",
        {
            "query": query,
            "query_shortened": shortened,
            "max_query_length": MAX_QUERY_LENGTH,
            "promotions": promotions,
            "results": results,
            "total": len(promotions) + (page_obj.paginator.count if page_obj else 0),
            "page_obj": page_obj,
            # Links keep the cleaned query only, not whatever else came in the URL.
            "querystring": urlencode({"q": query}),
            "other_languages": (
                other_languages(request, locale, query)
                if query and not results and not promotions
                else []
            ),
        },
    )
