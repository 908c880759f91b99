import pytest

from sitewide.content_loading import synchronise_trees
from tests.events.factories import EventCategoryFactory, EventIndexPageFactory


@pytest.fixture
def events_index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def governance(locales):
    return EventCategoryFactory(name="Initiative governance meeting", slug="governance")


@pytest.fixture
def sync_trees(locales):
    """Give the French and Spanish trees their synchronised copies of the English pages, as
    wagtail-localize does when editors publish in the admin."""
    return synchronise_trees
