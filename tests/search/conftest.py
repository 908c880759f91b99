import pytest

from tests.home.factories import ContentPageFactory, body


@pytest.fixture
def content_page(home_page):
    def _make(title, *paragraphs, **kwargs):
        return ContentPageFactory(parent=home_page, title=title, body=body(*paragraphs), **kwargs)

    return _make
