import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from members.models import MEMBERS_GROUP, MemberProfile

PASSWORD = "humus-rich-soil-42"


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"member{n}@example.org")
    email = factory.SelfAttribute("username")
    first_name = factory.Sequence(lambda n: f"Member{n}")
    last_name = "Diallo"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def members_group(self, create, extracted, **kwargs):
        if create:
            self.save()
            self.groups.add(Group.objects.get_or_create(name=MEMBERS_GROUP)[0])


class MemberProfileFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    organisation_name = "Sahel Soils"
    country = "SN"
    pillars = ",2,"
    languages = ",fr,en,"

    class Meta:
        model = MemberProfile
