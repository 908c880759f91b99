import pytest
from django.db import IntegrityError, transaction

from tests.home.factories import TopicFactory


@pytest.mark.django_db
def test_translated_topic_keeps_its_slug_and_a_slug_is_unique_per_language(locales, translate):
    topic = TopicFactory(name="Soil carbon", slug="soil-carbon", locale=locales["en"])

    french = translate(topic, locales["fr"], {"Soil carbon": "Carbone du sol"})

    assert (french.name, french.slug) == ("Carbone du sol", "soil-carbon")
    with pytest.raises(IntegrityError), transaction.atomic():
        TopicFactory(name="Another", slug="soil-carbon", locale=locales["en"])
