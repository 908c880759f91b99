"""wagtail-localize's "Translate this page" and "Sync translated pages" buttons in the page
explorer, from what the listing's own query looked up for all its rows at once.

wagtail-localize works them out page by page (two or three queries a row: 150 for a section
of 50 pages shown). The explorer's queryset is annotated instead with what they need (how many
languages have a translation that is not an alias, and the source to sync, if any), and the
same buttons are made from that. A page shown by itself (its header) keeps wagtail-localize's
own function.
"""

from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, IntegerField, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

HOOK = "register_page_listing_more_buttons"


def annotate(pages):
    """The explorer's pages, each knowing in how many languages it has no translation other
    than an alias, and the id of its source with translations enabled, if any."""
    translated = (
        Page.objects.filter(translation_key=OuterRef("translation_key"), alias_of__isnull=True)
        .order_by()
        .values("translation_key")
        .annotate(n=Count("pk"))
        .values("n")
    )
    sources = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"),
        object__content_type=ContentType.objects.get_for_model(Page),
        locale_id=OuterRef("locale_id"),
        translations__enabled=True,
    ).values("pk")[:1]
    languages = Locale.objects.count()
    return pages.annotate(
        listing_untranslated=Value(languages)
        - Coalesce(Subquery(translated), 0, output_field=IntegerField()),
        listing_sync_source=Subquery(sources),
    )


def translation_buttons(page, user, view_name=None, next_url=None):
    """The buttons of wagtail-localize's page_listing_more_buttons, for an annotated page."""
    if not hasattr(page, "listing_untranslated"):
        return localize_buttons()(page, user, view_name=view_name, next_url=next_url)
    if page.is_root() or not user.has_perm("wagtail_localize.submit_translation"):
        return []
    buttons = []
    if page.listing_untranslated > 0:
        url = reverse(
            "wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.id]
        )
        buttons.append(
            Button(
                _("Translate this page"), url, priority=60, icon_name="wagtail-localize-language"
            )
        )
    if page.listing_sync_source is not None:
        url = reverse("wagtail_localize:update_translations", args=[page.listing_sync_source])
        if next_url is not None:
            url += "?" + urlencode({"next": next_url})
        buttons.append(Button(_("Sync translated pages"), url, priority=60, icon_name="resubmit"))
    return buttons


def localize_buttons():
    # Imported when first needed: importing its hooks while ours load would register its
    # admin URLs before ours (see localize_guard.py).
    from wagtail_localize.wagtail_hooks import page_listing_more_buttons

    return page_listing_more_buttons


def use_translation_buttons():
    """Put translation_buttons in the place of wagtail-localize's function among the listing
    hooks (once; Wagtail's hooks have no way to withdraw one)."""
    registered = hooks._hooks.get(HOOK, [])
    for n, (fn, order) in enumerate(registered):
        if fn is localize_buttons():
            registered[n] = (translation_buttons, order)
