from django import template
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from home.site_fragments import public
from news.models import NewsIndexPage, NewsPage

register = template.Library()


@register.inclusion_tag("components/news/latest_news.html", takes_context=True)
def latest_news(context, count=3):
    """The active language's most recent news, for the home page.

    The home page is the busiest page: the locale is matched by its language code in the same
    query rather than looked up first, so this costs three queries (the news index, the view
    restrictions, the news), or one when there is no news index yet."""
    language = get_supported_content_language_variant(get_language())
    index = NewsIndexPage.objects.live().filter(locale__language_code=language).first()
    news = []
    if index is not None:
        news = (
            public(NewsPage.objects.live())
            .child_of(index)
            .select_related("alias_of__locale")
            .order_by("-date", "-pk")[:count]
        )
    return {"request": context["request"], "news": news, "index": index}
