"""What site search looks through, and how a result is described.

- Pages: every live, public page of the active locale. A page type joins by declaring
  `search_fields`; its verbose name is the result's type; it may define `search_result_date`
  (an attribute, or a method taking no argument) for the date shown: a date is formatted in
  the reader's language, anything else (an event's "March 2020", a year) shown as it is.
- Other indexed models (snippets such as a directory's organisations) join by also defining
  `get_search_result_url()`; translatable ones are searched in the active locale only, and
  those with a `live` field only when live, unless the model says what readers of the active
  language may find with a `searchable_objects()` classmethod. A classmethod
  `prepare_search_results(objects, request)` may look up, once for a page of results, what
  their URLs need.
- Editors' promotions (wagtail.contrib.search_promotions) come first.
"""

import datetime
from collections import defaultdict

from django.db import connection
from django.utils.formats import date_format
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models
from wagtail.search.utils import normalise_query_string

from sitewide import site_fragments
from sitewide.highlight import highlight
from sitewide.site_fragments import public

from .highlight import searchable_text

# Results of several models are merged in Python, so each model gives at most this many.
MERGED_RESULTS_PER_MODEL = 100


def other_searchable_models():
    return [
        model
        for model in get_indexed_models()
        if not issubclass(model, Page) and callable(getattr(model, "get_search_result_url", None))
    ]


def has_field(model, name):
    return any(field.name == name for field in model._meta.get_fields())


def pages_of(locale):
    return public(Page.objects.live()).filter(locale=locale).specific()


def as_specific(objects):
    """The objects, each page as its own type: one query per page type among them."""
    ids = defaultdict(list)
    for obj in objects:
        if isinstance(obj, Page) and type(obj) is Page and obj.specific_class:
            ids[obj.specific_class].append(obj.pk)
    specific = {}
    for model, pks in ids.items():
        specific.update(model._default_manager.in_bulk(pks))
    return [specific.get(obj.pk, obj) if isinstance(obj, Page) else obj for obj in objects]


def objects_of(model, locale):
    if callable(getattr(model, "searchable_objects", None)):
        return model.searchable_objects()
    objects = model._default_manager.all()
    if has_field(model, "locale"):
        objects = objects.filter(locale=locale)
    if has_field(model, "live"):
        objects = objects.filter(live=True)
    return objects


def find(terms, locale, exclude_pages=()):
    """The matching pages (and other opted-in models), best first.

    With pages alone this stays a lazy search the paginator slices in the database; other
    models' results are merged with the pages' by score, which needs them in memory.
    """
    # Made specific once a page of results is chosen (see describe_all), not before.
    pages = public(Page.objects.live()).filter(locale=locale).exclude(pk__in=exclude_pages)
    if not terms:
        return pages.none()
    others = other_searchable_models()
    if not others:
        return pages.search(terms, operator="and")

    backend = get_search_backend()
    found = []
    for objects in [pages] + [objects_of(model, locale) for model in others]:
        # Through the backend: a snippet's manager need not be a searchable one.
        results = backend.search(terms, objects, operator="and").annotate_score("_score")
        found.extend(results[:MERGED_RESULTS_PER_MODEL])
    # PostgreSQL's ts_rank grows with relevance; SQLite's bm25 shrinks.
    found.sort(key=lambda obj: obj._score or 0, reverse=connection.vendor != "sqlite")
    return found


def result_date(obj):
    """(text shown, machine-readable value or None) of the result's date, or None."""
    value = getattr(obj, "search_result_date", None)
    value = value() if callable(value) else value
    if value is None or value == "":
        return None
    if isinstance(value, datetime.date):
        return date_format(value, "DATE_FORMAT"), value.isoformat()
    if isinstance(value, int):  # a year
        return str(value), f"{value:04d}"
    return str(value), None


def describe(obj, request):
    if isinstance(obj, Page):
        title, url = obj.title, obj.get_url(request)
    else:
        title, url = str(obj), obj.get_search_result_url()
    date = result_date(obj)
    return {
        "title": title,
        "url": url,
        "type": str(obj._meta.verbose_name),
        "date": date[0] if date else None,
        "date_iso": date[1] if date else None,
        "text": searchable_text(obj),
    }


def describe_all(objects, request, query):
    """The results of one page, each with the query's words highlighted in its text. What
    describes a result is kept with the site-wide fragments; for those not cached yet, each
    model's preparation is done once for all of them."""

    def build(objects):
        objects = as_specific(objects)
        by_model = defaultdict(list)
        for obj in objects:
            if not isinstance(obj, Page):
                by_model[type(obj)].append(obj)
        for model, group in by_model.items():
            if callable(getattr(model, "prepare_search_results", None)):
                model.prepare_search_results(group, request)
        return [describe(obj, request) for obj in objects]

    described = site_fragments.many(
        "search-result", objects, build, key=lambda obj: f"{obj._meta.label_lower}:{obj.pk}"
    )
    return [with_snippet(result, query) for result in described]


def with_snippet(result, query):
    """The result as shown: its text replaced by the few words around the query's."""
    shown = {name: value for name, value in result.items() if name != "text"}
    return shown | {"snippet": highlight(result["text"], query)}


def promoted(query, locale, request):
    """Editors' promotions for this query: pages in the active language (a promoted page in
    another language is replaced by its translation here), then external links."""
    promotions = list(
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query)
        ).select_related("page")
    )
    keys = [p.page.translation_key for p in promotions if p.page_id]
    pages = {
        page.translation_key: page for page in pages_of(locale).filter(translation_key__in=keys)
    }
    items = []
    for promotion in promotions:
        if promotion.page_id:
            page = pages.get(promotion.page.translation_key)
            if page is not None:
                item = with_snippet(describe(page, request), query)
                items.append({**item, "page_id": page.pk, "description": promotion.description})
        elif promotion.external_link_url:
            items.append(
                {
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "url": promotion.external_link_url,
                    "description": promotion.description,
                }
            )
    return items
