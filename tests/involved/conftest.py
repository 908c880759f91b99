import pytest
from django.core.cache import cache

from tests.involved.factories import GetInvolvedPageFactory


@pytest.fixture(autouse=True)
def empty_cache():
    """The join form's rate limit counts in the cache: each test starts with none counted."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def get_involved(home_page):
    return GetInvolvedPageFactory(parent=home_page)
