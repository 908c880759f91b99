import pytest

from tests.members.conftest import member, member_client  # noqa: F401


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test's files in a folder of their own."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path
