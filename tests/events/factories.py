import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from events.models import EventCategory, EventIndexPage, EventPage
from tests.home.factories import body


class EventCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = EventCategory


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"
    intro = "Meetings of the Initiative."
    show_in_menus = True

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Meeting {n}")
    start_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    city = "Montpellier"
    country = "FR"
    intro = "A meeting of the Initiative."
    body = factory.LazyFunction(lambda: body("The agenda."))

    class Meta:
        model = EventPage
