"""RSS 2.0 and Atom feeds of the active language's news, at /<lang>/news/feed/[atom/]."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from home.models import Topic
from sitewide import site_fragments
from sitewide.localized import localize_all, taxonomy
from sitewide.site_fragments import public

from .models import NewsIndexPage, NewsPage


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed
    size = 20

    def get_object(self, request, *args, **kwargs):
        # Feed instances are shared between requests: what depends on the request travels
        # in the object Django passes to every method.
        locale = Locale.get_active()
        index = public(NewsIndexPage.objects.live()).filter(locale=locale).first()
        return {"request": request, "locale": locale, "index": index}

    def title(self, obj):
        return _("“4 per 1000” Initiative: news")

    def description(self, obj):
        return _("News of the “4 per 1000” Initiative: soils for food security and climate.")

    subtitle = description

    def link(self, obj):
        if obj["index"] is not None:
            return obj["index"].get_url(obj["request"])
        return f"/{obj['locale'].language_code}/"

    def items(self, obj):
        # Which news the feed holds is kept with the site-wide fragments: finding the latest
        # ones sorts every news item of the language.
        latest = site_fragments.cached(
            "news-feed",
            lambda: list(
                public(NewsPage.objects.live())
                .filter(locale=obj["locale"])
                .order_by("-date", "-pk")
                .values_list("pk", flat=True)[: self.size]
            ),
        )
        found = NewsPage.objects.filter(pk__in=latest).prefetch_related("topics").in_bulk()
        items = [found[pk] for pk in latest if pk in found]
        topics = taxonomy(Topic)
        for item in items:
            item.feed_link = item.get_url(obj["request"])
            item.feed_categories = [t.name for t in localize_all(item.topics.all(), topics)]
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.feed_link

    def item_categories(self, item):
        return item.feed_categories

    def item_pubdate(self, item):
        return datetime.combine(item.date, time(), tzinfo=timezone.get_default_timezone())

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
