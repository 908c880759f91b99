"""One rule for freshness: any change to what the public sees rewrites the content version in
its own transaction (the cached fragments and routes follow at once, sitewide/models.py) and,
once it commits, empties the front cache (operations/frontend_cache.py).

Emptying everything, rather than working out which URLs show a change, is the simplest rule
that is always right: a page shows on its translations and aliases, listings, the home page,
feeds, calendars, search results, the sitemap and menus, and its old URL must redirect after a
move. The site has hundreds of pages, not millions: rebuilding what visitors ask for next costs
less than a purge that misses one.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import DraftStateMixin, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from sitewide import site_fragments

from . import frontend_cache

# What saving a draft, or locking a page for review, writes: nothing a visitor sees.
DRAFT_FIELDS = {
    "wagtail_admin_comments",
    "latest_revision_created_at",
    "draft_title",
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_by",
    "locked_at",
}


def content_changed(**kwargs):
    site_fragments.invalidate()
    frontend_cache.purge_everything()


def shows_publicly(sender):
    return (
        issubclass(sender, Page)
        or sender in get_snippet_models()
        or issubclass(sender, BaseSiteSetting | BaseGenericSetting)
        or sender
        in (
            PageViewRestriction,
            Redirect,
            SearchPromotion,
            Site,
            Locale,
            get_image_model(),
            get_document_model(),
        )
    )


def private_file(instance):
    """A document in a restricted collection (a declaration of intent) shows on no page."""
    collection = getattr(instance, "collection", None)
    return collection is not None and collection.get_view_restrictions().exists()


def object_saved(sender, instance, created=False, update_fields=None, **kwargs):
    if not shows_publicly(sender) or sender is get_document_model() and private_file(instance):
        return
    if update_fields and set(update_fields) <= DRAFT_FIELDS:
        return
    # A record created as a draft (an organisation for review, a new translation) shows
    # nowhere until it is published, which saves it again.
    if created and isinstance(instance, DraftStateMixin) and not instance.live:
        return
    # A setting is created with its defaults the first time it is read: nothing changed then.
    if created and issubclass(sender, BaseSiteSetting | BaseGenericSetting):
        return
    content_changed()


def object_deleted(sender, **kwargs):
    if shows_publicly(sender):
        content_changed()


def register_signal_handlers():
    # Page saves cover publishing, unpublishing, scheduled publishing and expiry, aliases,
    # copies and translations; moves update the tree with queries that send no post_save.
    page_published.connect(content_changed)
    page_unpublished.connect(content_changed)
    post_page_move.connect(content_changed)
    post_save.connect(object_saved)
    post_delete.connect(object_deleted)
