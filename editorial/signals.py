from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import Page, TranslatableMixin

from .models import SourceEdit


@receiver(post_save)
def record_source_snippet_edit(sender, instance, raw=False, **kwargs):
    if raw or isinstance(instance, Page) or not isinstance(instance, TranslatableMixin):
        return
    if instance.locale.language_code != settings.LANGUAGE_CODE:
        return
    SourceEdit.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(instance.get_translation_model()),
        translation_key=instance.translation_key,
        defaults={"edited_at": timezone.now()},
    )
