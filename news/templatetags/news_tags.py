from django import template
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant

from news.models import NewsIndexPage, NewsPage
from sitewide import site_fragments
from sitewide.site_fragments import public

register = template.Library()


@register.simple_tag(takes_context=True)
def latest_news(context, count=3):
    """The active language's most recent news, for the home page: rendered once per language
    until something is published."""
    request = context["request"]
    return site_fragments.html(
        f"latest-news:{count}",
        "components/news/latest_news.html",
        lambda: _latest_news(request, count),
    )


def _latest_news(request, count):
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
    return {"request": request, "news": news, "index": index}
