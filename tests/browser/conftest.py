"""Browser tests drive Debian's Chromium through Playwright against Django's live server.

Without Chromium they are skipped with the reason, except in CI (CI=true) where that is an error.
"""

import os
import shutil

import pytest
from django.core.management import call_command

from home.models import HomePage
from sitewide.content_loading import ensure_locales
from tests.conftest import make_root_page

# The live server and Playwright's sync API share the test's thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if item.get_closest_marker("browser")]
    # Under pytest-xdist (`make test`), one worker runs them all in a row: the shared initial
    # content is loaded once, and flushed once after them.
    for item in browser_items:
        item.add_marker(pytest.mark.xdist_group("browser"))
    if CHROMIUM or not browser_items:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(
            "Browser tests must run in CI but no Chromium was found "
            "(install Debian's 'chromium' package or set CHROMIUM_PATH)."
        )
    skip = pytest.mark.skip(reason="Chromium is not installed (apt-get install chromium)")
    for item in browser_items:
        item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_FLAGS}


def load_initial_content():
    call_command("load_initial_content", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture
def initial_content(live_server, django_db_blocker):
    """The site as `make run` builds it, from the client's content, for tests that only read
    it: loaded once, committed, and shared by them (loading it takes longer than most tests).
    It is loaded again after a test that changed and flushed the database."""
    with django_db_blocker.unblock():
        if not HomePage.objects.exists():
            make_root_page(ensure_locales())
            load_initial_content()
        yield


@pytest.fixture
def initial_content_to_change(root_page, transactional_db):
    """The site as `make run` builds it, for a test that changes it: the database is flushed
    afterwards, so the tests after it find what they expect."""
    load_initial_content()


@pytest.fixture(autouse=True)
def _live_server_helper(request):
    """pytest-django's own, except that tests on the shared `initial_content` run outside any
    transaction and leave the database as it is (pytest-django would flush it after each)."""
    if "live_server" not in request.fixturenames:
        yield
        return
    if "initial_content" not in request.fixturenames:
        request.getfixturevalue("transactional_db")
    live_server = request.getfixturevalue("live_server")
    live_server._live_server_modified_settings.enable()
    yield
    live_server._live_server_modified_settings.disable()


@pytest.fixture(scope="package", autouse=True)
def _empty_database_after_the_browser_tests(django_db_setup, django_db_blocker):
    """The tests after these find an empty database, as after any flushed test."""
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)
