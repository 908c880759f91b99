"""Site search: the active language's live, public pages, editors' promoted results first.

Page types join by declaring `search_fields` (Wagtail's `index.SearchField`); the result shows
the page type's verbose name, and a date when the page type defines `search_result_date` (an
attribute, or a method taking no argument).
"""

import re
from urllib.parse import urlencode

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from home.listing import paginate

from .highlight import highlight, searchable_text

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
# Control characters (NUL above all, which PostgreSQL refuses in text) never belong in a query.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
WORD = re.compile(r"\w+")


def clean_query(raw):
    """The query as searched: single-spaced, without control characters, at most
    MAX_QUERY_LENGTH characters; and whether it had to be shortened."""
    query = " ".join(CONTROL_CHARACTERS.sub(" ", raw).split())
    if len(query) > MAX_QUERY_LENGTH:
        return query[:MAX_QUERY_LENGTH].rstrip(), True
    return query, False


def search_terms(query):
    """The words of the query and nothing else: punctuation only matters to the engines' own
    query syntaxes (a lone double quote breaks SQLite's), never to what a reader means."""
    return " ".join(WORD.findall(query))


def result_date(page):
    value = getattr(page, "search_result_date", None)
    return value() if callable(value) else value


def describe(page, request, query):
    return {
        "page": page,
        "url": page.get_url(request),
        "type": page._meta.verbose_name,
        "date": result_date(page),
        "snippet": highlight(searchable_text(page), query),
    }


def promoted(query, locale):
    """Editors' promotions for this query: pages in the active language (a promoted page in
    another language is replaced by its translation here), then external links."""
    promotions = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query)
        ).select_related("page")
    )
    keys = [p.page.translation_key for p in promotions if p.page_id]
    pages = {
        page.translation_key: page
        for page in Page.objects.live()
        .public()
        .filter(locale=locale, translation_key__in=keys)
        .specific()
    }
    items = []
    for promotion in promotions:
        if promotion.page_id:
            page = pages.get(promotion.page.translation_key)
            if page is not None:
                items.append({"page": page, "description": promotion.description})
        elif promotion.external_link_url:
            items.append(
                {
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "url": promotion.external_link_url,
                    "description": promotion.description,
                }
            )
    return items


def other_languages(request, locale, query):
    """The same search in the other languages, offered when nothing matches."""
    return [
        {
            "language_code": other.language_code,
            "name": other.get_display_name(),
            "url": f"{reverse_in(other.language_code)}?{urlencode({'q': query})}",
        }
        for other in Locale.objects.exclude(pk=locale.pk).order_by("language_code")
    ]


def reverse_in(language_code):
    with translation.override(language_code):
        return reverse("search")


def search(request):
    query, shortened = clean_query(request.GET.get("q", ""))
    locale = Locale.get_active()
    promotions, page_obj, results = [], None, []

    terms = search_terms(query)
    if query:
        promotions = promoted(query, locale)
        promoted_ids = [item["page"].pk for item in promotions if "page" in item]
        for item in promotions:
            if "page" in item:
                item.update(describe(item["page"], request, query))
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=locale)
            .exclude(pk__in=promoted_ids)
            .specific()
        )
        found = pages.search(terms, operator="and") if terms else pages.none()
        page_obj = paginate(request, found, RESULTS_PER_PAGE)
        results = [describe(page, request, query) for page in page_obj]

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
