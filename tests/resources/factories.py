import factory
import wagtail_factories
from django.core.files.base import ContentFile

from resources.models import ResourceFile, ResourceIndexPage, ResourcePage, ResourceType
from tests.home.factories import body


class ResourceTypeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Type {n}")
    slug = factory.Sequence(lambda n: f"type-{n}")

    class Meta:
        model = ResourceType


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Resources"
    slug = "resources"
    intro = "Documents of the Initiative."

    class Meta:
        model = ResourceIndexPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Resource {n}")
    resource_type = factory.SubFactory(ResourceTypeFactory)
    publication_year = 2018
    intro = "A summary."
    body = factory.LazyFunction(lambda: body("More about it."))

    class Meta:
        model = ResourcePage


class DocumentFactory(wagtail_factories.DocumentFactory):
    file = factory.LazyAttribute(lambda o: ContentFile(b"a,b\n1,2\n", name=f"{o.title}.csv"))
    title = factory.Sequence(lambda n: f"document-{n}")


class ResourceFileFactory(factory.django.DjangoModelFactory):
    document = factory.SubFactory(DocumentFactory)
    language = "en"

    class Meta:
        model = ResourceFile
