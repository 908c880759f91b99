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
import hashlib
from collections import defaultdict

from django.apps import apps
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


def loaded(keys):
    """{key: object} for ("app_label.model", pk) keys, each page as its own type: one query per
    model, and one per page type among the pages."""
    pks = defaultdict(list)
    for label, pk in keys:
        pks[label].append(pk)
    objects = {}
    for label, ids in pks.items():
        model = apps.get_model(label)
        found = model._default_manager.filter(pk__in=ids)
        if issubclass(model, Page):
            found = found.specific()
        objects.update(((label, obj.pk), obj) for obj in found)
    return objects


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
    """The ("app_label.model", pk) keys of the matching pages (and other opted-in models), best
    first, at most MERGED_RESULTS_PER_MODEL of each model.

    Kept with the site-wide fragments under the query's words, lower-cased and sorted (every
    word must match, in any order and case), so that a crowd asking the same things costs one
    search per question and per content version, shared by every app server."""
    words = sorted({word.lower() for word in terms.split()})
    if not words:
        return []
    digest = hashlib.sha256(" ".join(words).encode()).hexdigest()
    keys = site_fragments.cached(f"search:{digest}", lambda: ranked(words, locale))
    excluded = {("wagtailcore.page", pk) for pk in exclude_pages}
    return [tuple(key) for key in keys if tuple(key) not in excluded]


def ranked(words, locale):
    """The keys of what matches `words`, best first; only primary keys are fetched, the
    objects of a page of results are loaded when it is shown (describe_all)."""
    backend = get_search_backend()
    terms = " ".join(words)
    found = []
    pages = public(Page.objects.live()).filter(locale=locale)
    for objects in [pages] + [objects_of(model, locale) for model in other_searchable_models()]:
        # Through the backend: a snippet's manager need not be a searchable one.
        results = backend.search(terms, objects, operator="and").annotate_score("_score")
        label = objects.model._meta.label_lower
        # Primary keys and scores only: no object is built for a match.
        matches = results[:MERGED_RESULTS_PER_MODEL].get_queryset().values_list("pk", "_score")
        found.extend((score or 0, (label, pk)) for pk, score in matches)
    # PostgreSQL's ts_rank grows with relevance; SQLite's bm25 shrinks.
    found.sort(key=lambda match: match[0], reverse=connection.vendor != "sqlite")
    return [key for _score, key in found]


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


def describe_all(keys, request, query):
    """The results of one page (keys from `find`), each with the query's words highlighted in
    its text. What describes a result is kept with the site-wide fragments; only those not
    cached yet are loaded, and each model's preparation is done once for all of them."""

    def build(missing):
        objects = loaded(missing)
        by_model = defaultdict(list)
        for obj in objects.values():
            if not isinstance(obj, Page):
                by_model[type(obj)].append(obj)
        for model, group in by_model.items():
            if callable(getattr(model, "prepare_search_results", None)):
                model.prepare_search_results(group, request)
        # None for what went since the keys were found (kept no longer than they are).
        return [describe(objects[key], request) if key in objects else None for key in missing]

    described = site_fragments.many(
        "search-result", keys, build, key=lambda key: f"{key[0]}:{key[1]}"
    )
    return [with_snippet(result, query) for result in described if result is not None]


def with_snippet(result, query):
    """The result as shown: its text replaced by the few words around the query's."""
    shown = {name: value for name, value in result.items() if name != "text"}
    return shown | {"snippet": highlight(result["text"], query)}


def promoted(query, locale, request):
    """Editors' promotions for this query: pages in the active language (a promoted page in
    another language is replaced by its translation here), then external links. Kept with the
    site-wide fragments (a promotion's change is a change of content)."""
    normalised = normalise_query_string(query)
    # The questions that have promotions are few: known, a question without any costs nothing.
    if normalised not in site_fragments.cached("search-promoted-questions", promoted_questions):
        return []
    digest = hashlib.sha256(normalised.encode()).hexdigest()
    items = site_fragments.cached(
        f"search-promotions:{digest}", lambda: promotions(normalised, locale, request)
    )
    return [with_snippet(item, query) if "text" in item else item for item in items]


def promoted_questions():
    return set(SearchPromotion.objects.values_list("query__query_string", flat=True).distinct())


def promotions(normalised, locale, request):
    found = list(
        SearchPromotion.objects.filter(query__query_string=normalised).select_related("page")
    )
    keys = [p.page.translation_key for p in found if p.page_id]
    pages = {}
    if keys:
        shown = pages_of(locale).filter(translation_key__in=keys)
        pages = {page.translation_key: page for page in shown}
    items = []
    for promotion in found:
        if promotion.page_id:
            page = pages.get(promotion.page.translation_key)
            if page is not None:
                item = describe(page, request)
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
