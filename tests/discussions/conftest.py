import pytest

from discussions.models import Forum
from discussions.threads import start_thread
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
def other_client(client, other):
    """A second browser, signed in as the other member."""
    from django.test import Client

    browser = Client()
    browser.force_login(other.user)
    return browser


@pytest.fixture
def thread(forum, other):
    return start_thread(
        forum, other.user, "Cover crops in the Sahel", "First results from **Thiès**.", "en"
    )
