from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail import hooks

from .models import NewsPage


@hooks.register("frontend_cache_urls")
def news_feeds(page, shown):
    """A news item changed: the RSS and Atom feeds of every language list it."""
    if not isinstance(page.specific_deferred, NewsPage):
        return []
    root = page.get_site().root_url
    urls = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            urls += [root + reverse("news_feed"), root + reverse("news_atom_feed")]
    return urls
