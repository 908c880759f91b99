import pytest

from notifications.delivery import notify
from notifications.models import Kind
from tests.members.factories import MemberProfileFactory


@pytest.fixture
def awa(home_page):
    return MemberProfileFactory(user__first_name="Awa", user__last_name="Ndiaye")


@pytest.fixture
def pablo(home_page):
    return MemberProfileFactory(
        user__first_name="Pablo", user__last_name="Ruiz", email_language="es"
    )


@pytest.fixture
def awa_client(client, awa):
    client.force_login(awa.user)
    return client


@pytest.fixture
def tell():
    """notify() as the platform's apps call it, e-mails sent as after the commit."""

    def _tell(recipients, kind=Kind.REPLY, actor=None, title="Biochar", url="/en/", **kwargs):
        return notify(
            [p.user for p in recipients], kind, actor=actor, title=title, url=url, **kwargs
        )

    return _tell
