from django import template
from wagtail.models import Locale

from news.models import NewsIndexPage, NewsPage

register = template.Library()


@register.inclusion_tag("pages/news/latest_news.html", takes_context=True)
def latest_news(context, count=3):
    """The active language's most recent news, for the home page."""
    locale = Locale.get_active()
    news = (
        NewsPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("alias_of__locale")
        .order_by("-date", "-pk")[:count]
    )
    return {
        "request": context["request"],
        "news": news,
        "index": NewsIndexPage.objects.live().public().filter(locale=locale).first(),
    }
