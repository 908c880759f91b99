"""Browser tests drive Debian's Chromium through Playwright against Django's live server.

Without Chromium they are skipped with the reason, except in CI (CI=true) where that is an error.
"""

import os
import shutil

import pytest

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
    if CHROMIUM:
        return
    browser_items = [item for item in items if item.get_closest_marker("browser")]
    if not browser_items:
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


@pytest.fixture
def initial_content(root_page, transactional_db):
    """The site as `make run` builds it, from the client's content."""
    from django.core.management import call_command

    call_command("load_initial_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
