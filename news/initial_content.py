"""The news index and the news named in the client's presentation, from
`site/content/news.json`; French and Spanish names from `translations/<lang>/news.po`."""

from datetime import date

from home.topic_loading import ensure_topics
from sitewide.content_loading import (
    ensure_child,
    loader,
    read_content,
    section_page,
    synchronise_trees,
    translate_all,
)

from .models import NewsIndexPage, NewsPage

SECTION_SLUG = "news-and-resources"


@loader(after=["home"])
def load(log):
    content = read_content("news.json")
    log("News")
    section = section_page(SECTION_SLUG, "news", log)
    if section is None:
        return
    topics = ensure_topics(log)
    fields = dict(content["index"])
    index, _ = ensure_child(section, NewsIndexPage, fields.pop("slug"), log, **fields)
    translated = []
    for item in content["news"]:
        fields = dict(item)
        fields["date"] = date.fromisoformat(fields["date"])
        fields["topics"] = [topics[slug] for slug in fields["topics"]]
        to_translate = fields.pop("translated", False)
        page, _ = ensure_child(index, NewsPage, fields.pop("slug"), log, **fields)
        if to_translate:
            translated.append(page)

    synchronise_trees()
    # The other news stay in English in the French and Spanish trees until translators get to
    # them, which the listings show.
    log("Translations of the news index and the first news")
    translate_all([index, *translated], "news", log)
