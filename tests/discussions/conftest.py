import pytest
from django.test import Client

from discussions.models import Forum
from discussions.threads import start_thread
from editorial.roles import setup_roles
from tests.editorial.factories import UserFactory as EditorialUserFactory
from tests.members.conftest import member, member_client  # noqa: F401
from tests.members.factories import MemberProfileFactory


@pytest.fixture
def forum(db):
    return Forum.objects.create(
        name_en="Practices adapted to soils and climates",
        name_fr="Pratiques adaptées aux sols et aux climats",
        name_es="Prácticas adaptadas a los suelos y climas",
        pillar="2",
    )


@pytest.fixture
def other(home_page):
    return MemberProfileFactory(
        user__first_name="Pablo", user__last_name="Ruiz", email_language="es"
    )


@pytest.fixture
def thread(forum, other):
    return start_thread(
        forum, other.user, "Cover crops in the Sahel", "First results from **Thiès**.", "en"
    )


@pytest.fixture
def roles(home_page):
    """The editorial groups, as `setup_roles` makes them (a flushed database has none)."""
    setup_roles(log=lambda message: None)


@pytest.fixture
def moderator(roles):
    return EditorialUserFactory(
        username="moderator", first_name="Mona", last_name="Secretariat", groups=["Moderators"]
    )


@pytest.fixture
def admin_client(moderator):
    """A browser of its own, signed in to the admin as a Moderator."""
    browser = Client()
    browser.force_login(moderator)
    return browser
