import factory

from projects.models import Project
from tests.members.factories import UserFactory


class ProjectFactory(factory.django.DjangoModelFactory):
    proposer = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"Joint project {n}")
    summary = "Restoring degraded soils together."
    countries = ["SN"]
    pillars = ",2,"
    partners_sought = "Soil scientists."

    class Meta:
        model = Project
