import datetime

import factory
import wagtail_factories

from news.models import NewsAndResourcesPage, NewsIndexPage, NewsPage
from tests.home.factories import ContentPageFactory, body


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"
    intro = "News of the Initiative."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    date = factory.Sequence(lambda n: datetime.date(2017, 1, 1) + datetime.timedelta(days=n))
    intro = "What happened."
    body = factory.LazyFunction(lambda: body("The details."))

    class Meta:
        model = NewsPage


class NewsAndResourcesPageFactory(ContentPageFactory):
    title = "News & resources"
    slug = "news-and-resources"

    class Meta:
        model = NewsAndResourcesPage
