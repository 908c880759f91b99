"""A change to content refreshes the cached site-wide fragments and the front cache."""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from sitewide import site_fragments

from . import frontend_cache


def page_changed(instance, **kwargs):
    site_fragments.invalidate()
    frontend_cache.purge_page(instance)


def site_wide_change(**kwargs):
    site_fragments.invalidate()
    frontend_cache.purge_everything()


def page_deleted(instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        site_wide_change()


def object_saved(sender, created=False, **kwargs):
    """Snippets (footer, topics, organisations...) and settings are shown across the site; a
    view restriction takes pages out of every listing and must not stay in the front cache.
    A setting is created with its defaults the first time it is read: nothing changed then."""
    if (
        sender in get_snippet_models()
        or sender is PageViewRestriction
        or issubclass(sender, BaseSiteSetting | BaseGenericSetting)
        and not created
    ):
        site_wide_change()


def register_signal_handlers():
    page_published.connect(page_changed)
    page_unpublished.connect(page_changed)
    post_page_move.connect(site_wide_change)
    pre_delete.connect(page_deleted)
    post_save.connect(object_saved)
    post_delete.connect(object_saved)
