"""The shared topics of the initial content, from `site/content/topics.json`, translated with
`translations/<lang>/topics.po`. Each section whose initial content is tagged with topics
calls ensure_topics(); it is idempotent, so the order of the sections' loaders does not matter."""

from wagtail.models import Locale

from .content_loading import read_catalog, read_content, translate_object
from .models import Topic


def ensure_topics(log):
    """slug -> the default language's Topic, created and translated if missing."""
    default = Locale.get_default()
    topics = {}
    for data in read_content("topics.json")["topics"]:
        topic, created = Topic.objects.get_or_create(
            slug=data["slug"], locale=default, defaults={"name": data["name"]}
        )
        if created:
            log(f"  + topic {topic.name}")
        topics[topic.slug] = topic
    for locale in Locale.objects.exclude(pk=default.pk):
        catalog = read_catalog("topics", locale.language_code)
        for topic in topics.values():
            if not topic.has_translation(locale):
                translate_object(topic, locale.language_code, catalog, log)
    return topics
