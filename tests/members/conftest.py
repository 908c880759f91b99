import pytest

from .factories import MemberProfileFactory


@pytest.fixture
def member(home_page):
    return MemberProfileFactory(user__first_name="Awa", user__last_name="Ndiaye")


@pytest.fixture
def member_client(client, member):
    client.force_login(member.user)
    return client
