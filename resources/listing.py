"""The resource library's filters and their counts.

Each filter's counts are taken with the other filters applied (as faceted search does), one
aggregated query per filter, so the page costs the same number of queries however many
resources there are.
"""

from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant

from home.models import Topic
from sitewide.listing import (
    FacetedListing,
    choice_param,
    int_param,
    kept_page,
    querystring_without,
)
from sitewide.localized import localize_all, taxonomy

from .models.snippets import ResourceType

SORTS = {
    "date": (_("Newest first"), (F("publication_year").desc(nulls_last=True), "title")),
    "title": (_("Title"), ("title",)),
}

# Whole sentences rather than a language name slotted into one, so each reads naturally.
AVAILABLE_IN = {
    "en": _("Available in English"),
    "fr": _("Available in French"),
    "es": _("Available in Spanish"),
}


def _options(translations, counts, selected):
    """Filter choices that have results (and the selected one), named in the active language."""
    options = [
        {"slug": obj.slug, "name": obj.name, "count": counts.get(obj.slug, 0)}
        for obj in translations.values()
        if counts.get(obj.slug) or obj.slug == selected
    ]
    return sorted(options, key=lambda o: o["name"].casefold())


def resource_listing(request, resources, per_page, name=None):
    """Filters, counts and the requested page of `resources` (the index's live resources);
    `name` (the index) keeps the counts with the site-wide fragments."""
    model = resources.model
    language = get_supported_content_language_variant(get_language())
    types = taxonomy(ResourceType)
    topics = taxonomy(Topic)

    current = {
        "type": choice_param(request, "type", {t.slug for t in types.values()}),
        "topic": choice_param(request, "topic", {t.slug for t in topics.values()}),
        "year": int_param(request, "year", minimum=1900, maximum=2100),
        "language": choice_param(request, "in_my_language", ["1"]) == "1",
    }
    in_my_language = Q(pk__in=model.objects.filter(files__language=language).values("pk"))
    conditions = {
        "type": Q(resource_type__slug=current["type"]),
        "topic": Q(pk__in=model.objects.filter(topics__slug=current["topic"]).values("pk")),
        "year": Q(publication_year=current["year"]),
        "language": in_my_language,
    }
    chosen = ":".join(str(current[key]) for key in sorted(current))
    listing = FacetedListing(
        resources,
        {key: condition for key, condition in conditions.items() if current[key]},
        name=f"{name}:{chosen}" if name else None,
    )
    counts = listing.counts

    year_counts = counts("year", "publication_year", with_none=True)
    # A resource has one year or none: all the filters give the chosen year's count, or every
    # year's when none is chosen.
    total = year_counts.get(current["year"], 0) if current["year"] else sum(year_counts.values())
    sort = choice_param(request, "sort", SORTS, default="date")
    page_obj = kept_page(
        request,
        listing,
        listing.filtered().order_by(*SORTS[sort][1], "pk"),
        per_page,
        total,
        lambda pks: (
            resources.filter(pk__in=pks)
            .select_related("resource_type", "alias_of__locale")
            .prefetch_related("topics", "files__document")
            .in_bulk()
        ),
        order=sort,
    )
    for item in page_obj:
        item.type_name = types.get(item.resource_type.translation_key, item.resource_type).name
        item.localized_topics = localize_all(item.topics.all(), topics)
        item.languages = sorted({f.language for f in item.files.all()})

    return {
        "page_obj": page_obj,
        "type_options": _options(types, counts("type", "resource_type__slug"), current["type"]),
        "topic_options": _options(topics, counts("topic", "topics__slug"), current["topic"]),
        "year_options": sorted(
            ((year, n) for year, n in year_counts.items() if year is not None), reverse=True
        ),
        "language_label": AVAILABLE_IN.get(language, language),
        "language_count": listing.cached(
            "in-my-language",
            lambda: listing.filtered(ignoring="language").filter(in_my_language).count(),
        ),
        "current": current,
        "sort": sort,
        "sort_options": [(key, label) for key, (label, _order) in SORTS.items()],
        "querystring": querystring_without(request, "page"),
    }
