"""A translated page gets its slug from its translated title, unless the translator sets one.

wagtail-localize offers the slug as a segment of its own (on the Promotion tab), and leaves it
in English until someone translates it: the French page would keep the English slug. Here,
a title translated by someone in the admin (the editor, a PO upload, machine translation: the
translations that name who made them) translates the slug too, as long as the slug's
translation is missing or is still the one made from the previous title. Imports without a
user (the initial content's catalogs) say their slugs themselves. A live translation that has
its own address keeps it (links to it would break), and snippets keep theirs (the listings'
filters use them).
"""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from django.utils.text import slugify
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation


@receiver(pre_save, sender=StringTranslation)
def remember_previous_title(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None or instance.context is None or instance.context.path != "title":
        return
    instance._previous_title = (
        StringTranslation.objects.filter(pk=instance.pk).values_list("data", flat=True).first()
    )


@receiver(post_save, sender=StringTranslation)
def slug_from_translated_title(sender, instance, raw=False, **kwargs):
    if raw or instance.context is None or instance.context.path != "title":
        return
    if instance.last_translated_by_id is None:
        return
    segment = (
        StringSegment.objects.filter(
            context__object_id=instance.context.object_id, context__path="slug"
        )
        .select_related("string", "context")
        .first()
    )
    slug = slugify(instance.data)
    if segment is None or not slug:
        return
    page = Page.objects.filter(
        translation_key=instance.context.object_id, locale=instance.locale
    ).first()
    if page is None:
        return
    if page.live and page.alias_of_id is None and page.slug != segment.string.data:
        return
    current = StringTranslation.objects.filter(
        translation_of=segment.string, locale=instance.locale, context=segment.context
    ).first()
    previous = getattr(instance, "_previous_title", None)
    if current is not None and current.data != slugify(previous or ""):
        return  # the translator chose this slug
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=instance.locale,
        context=segment.context,
        defaults={
            "data": slug,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "tool_name": "",
            "last_translated_by": instance.last_translated_by,
        },
    )
