import pytest

from tests.news.factories import NewsAndResourcesPageFactory
from tests.resources.factories import ResourceIndexPageFactory


@pytest.fixture
def resource_index(home_page):
    section = NewsAndResourcesPageFactory(parent=home_page)
    return ResourceIndexPageFactory(parent=section)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test's documents in a folder of their own, so file names are never suffixed."""
    settings.MEDIA_ROOT = tmp_path
    return tmp_path
