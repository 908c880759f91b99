"""Corrections made to site/content reach a database loaded by an earlier version, on the
pages nobody touched since, and never overwrite what editors and translators changed."""

import pytest
from wagtail.models import Page

from home.models import ContentPage
from sitewide.content_loading import ensure_child, translate_object
from tests.editorial.factories import UserFactory

pytestmark = pytest.mark.django_db


def body(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


LOADED = {"title": "Criteria", "intro": "Five dimensions.", "body": body("A set of criteria.")}
CATALOG = {"Criteria": "Critères", "Five dimensions.": "Cinq dimensions."}


@pytest.fixture
def log():
    return []


@pytest.fixture
def loaded(home_page, fr, log, django_capture_on_commit_callbacks):
    """A page and its French translation, as an earlier version of the loader left them."""
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(home_page, "fr", {}, log.append)
        page, created = ensure_child(home_page, ContentPage, "criteria", log.append, **LOADED)
        translate_object(page, "fr", CATALOG, log.append)
    assert created
    log.clear()
    return page


def load_again(home_page, log, captured, catalog=CATALOG, **changes):
    with captured(execute=True):
        page, _ = ensure_child(
            home_page, ContentPage, "criteria", log.append, **{**LOADED, **changes}
        )
        french = translate_object(page, "fr", catalog, log.append)
    return Page.objects.get(pk=page.pk).specific, french.specific


def test_a_page_nobody_touched_takes_the_corrected_text_and_its_translation_follows(
    home_page, loaded, log, django_capture_on_commit_callbacks
):
    page, french = load_again(
        home_page,
        log,
        django_capture_on_commit_callbacks,
        catalog={**CATALOG, "Six dimensions.": "Six dimensions (fr)."},
        intro="Six dimensions.",
    )

    assert page.intro == "Six dimensions." and page.live and not page.has_unpublished_changes
    assert french.intro == "Six dimensions (fr)."
    assert french.title == "Critères"
    assert "  ~ Criteria updated from site/content (intro)" in log
    assert "  ~ Criteria [fr] updated from site/content" in log


def test_a_corrected_translation_reaches_a_page_whose_source_did_not_change(
    home_page, loaded, log, django_capture_on_commit_callbacks
):
    page, french = load_again(
        home_page,
        log,
        django_capture_on_commit_callbacks,
        catalog={**CATALOG, "Five dimensions.": "Les cinq dimensions."},
    )

    assert french.intro == "Les cinq dimensions."
    assert log == [
        "  = Criteria (/home/criteria/) already exists",
        "  ~ Criteria [fr] updated from site/content",
    ]


def test_unchanged_content_changes_nothing(
    home_page, loaded, log, django_capture_on_commit_callbacks
):
    revisions = {p.pk: p.revisions.count() for p in Page.objects.all()}

    load_again(home_page, log, django_capture_on_commit_callbacks)

    assert log == [
        "  = Criteria (/home/criteria/) already exists",
        "  = Criteria [fr] already translated",
    ]
    assert {p.pk: p.revisions.count() for p in Page.objects.all()} == revisions


def test_what_an_editor_changed_is_kept_and_reported(
    home_page, loaded, log, django_capture_on_commit_callbacks
):
    loaded.intro = "Five dimensions, as the Secretariat words them."
    loaded.save_revision(user=UserFactory()).publish()

    page, french = load_again(
        home_page, log, django_capture_on_commit_callbacks, intro="Six dimensions."
    )

    assert page.intro == "Five dimensions, as the Secretariat words them."
    assert log[0] == (
        "  ! Criteria (/home/criteria/) was edited in the admin: kept as it is, although "
        "site/content differs in intro"
    )


def test_what_a_translator_changed_is_kept(
    home_page, loaded, log, django_capture_on_commit_callbacks
):
    french = ContentPage.objects.get(
        translation_key=loaded.translation_key, locale__language_code="fr"
    )
    french.intro = "Cinq dimensions, selon la traductrice."
    french.save_revision(user=UserFactory()).publish()

    _page, french = load_again(
        home_page,
        log,
        django_capture_on_commit_callbacks,
        catalog={**CATALOG, "Five dimensions.": "Les cinq dimensions."},
    )

    assert french.intro == "Cinq dimensions, selon la traductrice."
    assert "  ! Criteria [fr] was edited by a translator: kept as it is" in log


def test_a_draft_awaiting_approval_is_corrected_and_stays_a_draft(
    home_page, log, django_capture_on_commit_callbacks
):
    first = {"body": body("Roles, first wording.")}
    ensure_child(home_page, ContentPage, "criteria", log.append, awaiting_approval=first, **LOADED)
    corrected = {"body": body("Roles, corrected wording.")}

    page, _ = ensure_child(
        home_page, ContentPage, "criteria", log.append, awaiting_approval=corrected, **LOADED
    )

    page = Page.objects.get(pk=page.pk).specific
    assert page.body.raw_data[0]["value"] == "<p>A set of criteria.</p>"
    draft = page.get_latest_revision_as_object()
    assert draft.body.raw_data[0]["value"] == "<p>Roles, corrected wording.</p>"
    assert page.has_unpublished_changes
