from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class SourceEdit(models.Model):
    """When a source-language snippet was last saved. Pages keep their own dates
    (last_published_at); most snippets have none, and the status board needs one to tell
    whether their translations are out of date."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    translation_key = models.UUIDField()
    edited_at = models.DateTimeField()

    class Meta:
        verbose_name = _("source edit")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "translation_key"], name="unique_source_edit"
            )
        ]

    def __str__(self):
        return f"{self.content_type} {self.translation_key} {self.edited_at:%Y-%m-%d %H:%M}"


class DigestRun(models.Model):
    """When translators of a language were last sent the digest of pages out of date."""

    language_code = models.CharField(max_length=16, unique=True)
    sent_at = models.DateTimeField()

    class Meta:
        verbose_name = _("translation digest run")

    def __str__(self):
        return f"{self.language_code} {self.sent_at:%Y-%m-%d %H:%M}"
