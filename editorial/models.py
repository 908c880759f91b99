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


class LinkCheck(models.Model):
    """One link of a live page as the last broken-link check found it (`manage.py check_links`);
    `problem` is empty for a link that works."""

    PAGE_DELETED = "page_deleted"
    PAGE_UNPUBLISHED = "page_unpublished"
    DOCUMENT_DELETED = "document_deleted"
    FILE_MISSING = "file_missing"
    HTTP_ERROR = "http_error"
    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"
    PROBLEMS = [
        ("", _("Works")),
        (PAGE_DELETED, _("The linked page was deleted")),
        (PAGE_UNPUBLISHED, _("The linked page is not published")),
        (DOCUMENT_DELETED, _("The linked document was deleted")),
        (FILE_MISSING, _("The document's file is missing")),
        (HTTP_ERROR, _("The server answers with an error")),
        (TIMEOUT, _("No answer within 5 seconds")),
        (UNREACHABLE, _("The site cannot be reached")),
    ]

    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(_("language"), max_length=16)
    url = models.CharField(_("link"), max_length=2000)
    internal = models.BooleanField(_("on this site"))
    status = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    problem = models.CharField(_("problem"), max_length=32, choices=PROBLEMS, blank=True)
    checked_at = models.DateTimeField(_("last checked"))

    class Meta:
        verbose_name = _("checked link")
        indexes = [models.Index(fields=["problem", "language"])]

    def __str__(self):
        return f"{self.url} ({self.problem or 'ok'})"
