"""One rule for freshness (operations/signal_handlers.py): a change to what the public sees
gives the content a new version in the change's own transaction, and empties the front cache
once, and only once, it commits. The whole stack is tested in tests/stack/test_freshness.py."""

import pytest
from django.db import transaction
from django.http import HttpResponse
from django.test import RequestFactory
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from sitewide import site_fragments
from sitewide.caching import CacheControlMiddleware
from sitewide.models import ContentVersion
from tests.home.factories import ContentPageFactory, TopicFactory
from tests.involved.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def test_a_publication_changes_the_version_a_draft_does_not(home_page):
    page = ContentPageFactory(parent=home_page, slug="about", title="About")
    published = ContentVersion.read()

    page.title = "About the Initiative"
    page.save_revision()
    assert ContentVersion.read() == published  # visitors still see the published page

    page.get_latest_revision().publish()
    assert ContentVersion.read() != published


@pytest.mark.parametrize(
    "change",
    [
        lambda page: page.unpublish(),
        lambda page: page.move(page.get_parent().get_parent(), pos="last-child"),
        lambda page: page.delete(),
        lambda page: PageViewRestriction.objects.create(page=page, restriction_type="login"),
        lambda page: TopicFactory(),
        lambda page: page.create_alias(update_slug="about-alias"),
        lambda page: get_image_model().objects.create(title="Field", width=1, height=1),
    ],
    ids=["unpublish", "move", "delete", "restriction", "snippet", "alias", "image"],
)
def test_each_kind_of_change_gives_a_new_version(home_page, change):
    about = ContentPageFactory(parent=home_page, slug="about", title="About")
    page = ContentPageFactory(parent=about, slug="governance", title="Governance")
    before = ContentVersion.read()

    change(page)

    assert ContentVersion.read() != before


def test_fragments_built_before_a_change_are_not_read_after_it(home_page):
    built = []
    site_fragments.cached("probe", lambda: built.append(1) or "old")
    assert site_fragments.cached("probe", lambda: "unused") == "old"

    ContentPageFactory(parent=home_page, slug="news", title="News")

    assert site_fragments.cached("probe", lambda: "new") == "new"


def test_the_front_cache_is_emptied_after_the_commit_and_again_after_it(
    home_page, front_cache, django_capture_on_commit_callbacks
):
    page = ContentPageFactory(parent=home_page, slug="about", title="About")
    front_cache.clear()

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        page.title = "About us"
        page.save_revision().publish()
    assert front_cache == []  # nothing purged while the transaction is open

    assert callbacks
    for callback in callbacks:
        callback()
    # Emptied, then emptied again (half a second later, on a timer) for an answer on its way.
    assert front_cache == ["everything", "everything"] * len(callbacks)


def test_a_rolled_back_change_purges_nothing_and_keeps_the_version(home_page, front_cache):
    before = ContentVersion.read()

    with pytest.raises(RuntimeError), transaction.atomic():
        ContentPageFactory(parent=home_page, slug="about", title="About")
        raise RuntimeError("the editor's request failed")

    assert ContentVersion.read() == before
    assert front_cache == []


def test_an_answer_built_while_content_changed_is_never_shared(home_page):
    """The request read its version (and rows) before a publication committed, and answers
    after it: shared caches must not keep what it built."""

    def view_during_a_publication(request):
        site_fragments.version()  # what the page is built with
        ContentVersion.bump()  # another process's publication commits meanwhile
        return HttpResponse("a page built from the old rows")

    def quiet_view(request):
        return HttpResponse("a page")

    request = RequestFactory().get("/en/about/")
    request.user = None
    for view, shared in ((view_during_a_publication, False), (quiet_view, True)):
        # What request_started and request_finished do for the memo (sending them would also
        # close the test's database connection).
        site_fragments._request.memo = {}
        response = CacheControlMiddleware(view)(request)
        site_fragments._request.memo = None
        assert ("s-maxage" in response["Cache-Control"]) is shared
        assert ("private" in response["Cache-Control"]) is not shared


def test_an_application_s_private_declaration_leaves_the_public_pages_alone(home_page):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    from involved.models.join_form import declarations_collection

    before = ContentVersion.read()
    Document.objects.create(
        title="Declaration",
        collection=declarations_collection(),
        file=ContentFile(b"%PDF-1.4 test", name="declaration.pdf"),
    )
    assert ContentVersion.read() == before

    Document.objects.create(title="Report", file=ContentFile(b"%PDF-1.4", name="report.pdf"))
    assert ContentVersion.read() != before


def test_an_organisation_s_draft_changes_nothing_its_publication_does(home_page):
    before = ContentVersion.read()
    draft = OrganisationFactory(name="Sols Vivants", live=False)
    draft.save_revision()
    draft.name = "Sols Vivants du Sénégal"
    draft.save_revision()
    assert ContentVersion.read() == before

    draft.get_latest_revision().publish()
    published = ContentVersion.read()
    assert published != before

    draft.refresh_from_db()
    draft.name = "Sols Vivants (Dakar)"
    draft.save_revision()  # a change to review: the published record stays as it was
    assert ContentVersion.read() == published
