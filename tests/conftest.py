"""The site every test starts from: the en/fr/es locales, a root page and an English home page.

Built here rather than taken from Wagtail's data migrations, because browser tests run in
transactions that are flushed afterwards, which removes whatever the migrations inserted.
"""

from importlib import import_module

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.utils import translation
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from operations import frontend_cache
from sitewide.content_loading import ensure_locales
from tests.fakes import RecordingFrontendCache
from tests.home.factories import HomePageFactory


@pytest.fixture(scope="session", autouse=True)
def _urls_built_as_on_a_server():
    """A server builds its URLs, and the admin views Wagtail makes with them, before any
    language is active (LocaleMiddleware reads them first): what Wagtail translates then is in
    the default language. So here, whichever test comes first (loading the initial content
    would build them in French, and hide from the tests what a Spanish user would read)."""
    with translation.override(settings.LANGUAGE_CODE):
        import_module(settings.ROOT_URLCONF)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the menu and footer are cached between requests
    (home/site_fragments.py), and a test's pages are not the previous test's. Transactional
    tests flush the database, content types included, so the per-process caches of content
    types (Django's, and Wagtail's list of form page types) start afresh too."""
    for each in caches.all():
        each.clear()
    ContentType.objects.clear_cache()
    get_form_types.cache_clear()


@pytest.fixture
def front_cache(settings, monkeypatch):
    """A recording front cache; what is purged is listed in order, the purge sent again after
    a commit included (at once rather than on a timer)."""
    settings.WAGTAILFRONTENDCACHE = {"recording": {"BACKEND": "tests.fakes.RecordingFrontendCache"}}
    monkeypatch.setattr(frontend_cache, "later", lambda function, *args: function(*args))
    RecordingFrontendCache.purged = []
    return RecordingFrontendCache.purged


@pytest.fixture
def locales(db):
    return ensure_locales()


def make_root_page(locales):
    """The page tree's root and the root collection, and nothing under them."""
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        return Page.add_root(instance=Page(title="Root", slug="root", locale=locales["en"]))
    # Wagtail's placeholder home page goes; fetch the root again for its new child count.
    root.get_children().delete()
    return Page.get_first_root_node()


@pytest.fixture
def root_page(locales):
    return make_root_page(locales)


@pytest.fixture
def home_page(root_page):
    """The English home page, root of the default site. Its translations come from each test."""
    home = HomePageFactory(parent=root_page, slug="home", title="Welcome to the Initiative")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def fr(locales):
    return locales["fr"]


@pytest.fixture
def es(locales):
    return locales["es"]


@pytest.fixture
def en(locales):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """Translate a page or snippet with wagtail-localize's own models, as its editor does.

    `strings` maps source text to translated text; the rest stays in the source language.
    wagtail-localize publishes page translations when the transaction commits, so each call
    runs its commit callbacks at once, as a real request would.
    """

    def _translate(instance, locale, strings, publish=True):
        with django_capture_on_commit_callbacks(execute=True):
            source, _ = TranslationSource.get_or_create_from_instance(instance)
            translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
            for segment in source.stringsegment_set.select_related("string", "context"):
                if segment.string.data in strings:
                    StringTranslation.objects.update_or_create(
                        translation_of=segment.string,
                        locale=locale,
                        context=segment.context,
                        defaults={"data": strings[segment.string.data]},
                    )
            translation.save_target(publish=publish)
        return instance.get_translation(locale)

    return _translate
