import factory
import wagtail_factories

from involved.choices import College, Status
from involved.models import (
    ContactPage,
    DirectoryPage,
    GetInvolvedPage,
    JoinFormPage,
    MembersPage,
    Organisation,
)
from tests.home.factories import ContentPageFactory


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n:03d}")
    college = College.RESEARCH
    status = Status.MEMBER
    country = "FR"
    year_joined = 2016
    website = factory.Sequence(lambda n: f"https://org{n}.example.org/")

    class Meta:
        model = Organisation


class DirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Members and partners"
    slug = "members-and-partners"
    intro = "Who takes part in the Initiative."

    class Meta:
        model = DirectoryPage


class JoinFormPageFactory(wagtail_factories.PageFactory):
    title = "Join the Initiative"
    slug = "join"
    to_address = "secretariat@example.org"
    from_address = "website@example.org"
    subject = "New application"

    class Meta:
        model = JoinFormPage


class MembersPageFactory(wagtail_factories.PageFactory):
    title = "Members' area"
    slug = "members-area"
    intro = "For members of the Initiative."

    class Meta:
        model = MembersPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Contact"
    slug = "contact"

    class Meta:
        model = ContactPage


class GetInvolvedPageFactory(ContentPageFactory):
    title = "Get involved!"
    slug = "get-involved"

    class Meta:
        model = GetInvolvedPage
