import factory

from knowledge.models import KnowledgeItem
from tests.members.factories import UserFactory


class KnowledgeItemFactory(factory.django.DjangoModelFactory):
    author = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"Shared item {n}")
    summary = "Field notes on cover crops."
    language = "en"
    pillars = ",2,"
    url = "https://example.org/report"

    class Meta:
        model = KnowledgeItem
