import factory
from wagtail.contrib.search_promotions.models import Query, SearchPromotion


class SearchPromotionFactory(factory.django.DjangoModelFactory):
    """An editor's promoted result: `query` is the text readers type."""

    query = factory.LazyAttribute(lambda o: Query.get(o.query_string))
    description = ""

    class Meta:
        model = SearchPromotion
        exclude = ["query_string"]

    query_string = "soil"
