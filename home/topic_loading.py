"""Taxonomy terms of the initial content (topics, event categories, resource types...).

The shared topics come from `site/content/topics.json`, translated with
`translations/<lang>/topics.po`. Each section whose initial content is tagged with topics
calls ensure_topics(); it is idempotent, so the order of the sections' loaders does not matter."""

from wagtail.models import Locale

from sitewide.content_loading import read_catalog, read_content, translate_object

from .models import Topic


def ensure_terms(model, rows, label, log):
    """slug -> the default language's term of `model` (a TranslatableTaxonomy) for each row
    of `{"slug", "name"}`, created if missing."""
    default = Locale.get_default()
    terms = {}
    for row in rows:
        term, created = model.objects.get_or_create(
            slug=row["slug"], locale=default, defaults={"name": row["name"]}
        )
        log(f"  {'+' if created else '='} {label} {term.name}")
        terms[term.slug] = term
    return terms


def ensure_topics(log):
    """slug -> the default language's Topic, created and translated if missing."""
    topics = ensure_terms(Topic, read_content("topics.json")["topics"], "topic", log)
    for locale in Locale.objects.exclude(pk=Locale.get_default().pk):
        catalog = read_catalog("topics", locale.language_code)
        for topic in topics.values():
            if not topic.has_translation(locale):
                translate_object(topic, locale.language_code, catalog, log)
    return topics
