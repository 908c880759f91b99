import factory
import wagtail_factories

from home.models import ContentPage, FooterText, HomePage, Topic


def body(*paragraphs):
    """A StreamField body of paragraphs, in the raw form editors' blocks are stored in."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs]


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Welcome"
    intro = "Soils for food security and climate."
    body = factory.LazyFunction(lambda: body("Soils store carbon."))

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Content page {n}")
    intro = "An introduction."
    body = factory.LazyFunction(lambda: body("Some text."))
    show_in_menus = True

    class Meta:
        model = ContentPage


class FooterTextFactory(factory.django.DjangoModelFactory):
    body = "<p>The footer.</p>"

    class Meta:
        model = FooterText


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")

    class Meta:
        model = Topic
