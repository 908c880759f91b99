"""What members share with each other: a document (a file) or a link, described in plain text.

The file is a Wagtail document in the "Shared knowledge" collection, which only the Members and
Moderators groups may read (sitewide/media_collections.py): it is served by Wagtail's document
view, which checks that, never from a public media URL."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.models.choices import PillarsMixin

COLLECTION = "Shared knowledge"


class Language(models.TextChoices):
    EN = "en", _("English")
    FR = "fr", _("French")
    ES = "es", _("Spanish")
    OTHER = "other", _("Another language")


class Kind(models.TextChoices):
    DOCUMENT = "document", _("Document")
    LINK = "link", _("Link")


class KnowledgeItem(PillarsMixin, models.Model):
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="shared_knowledge",
        verbose_name=_("shared by"),
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=3000)
    language = models.CharField(_("language"), max_length=5, choices=Language.choices)
    # Stored as ",1,3," like a member's pillars (members.models.profile.joined).
    pillars = models.CharField(_("research pillars"), max_length=20, blank=True)
    topics = models.ManyToManyField(
        "home.Topic", blank=True, related_name="+", verbose_name=_("topics")
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("file"),
    )
    url = models.URLField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("shared on"), default=timezone.now, db_index=True)
    # The draft resource page the Secretariat made of it (a page, so no import of resources).
    promoted_page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("resource page"),
    )
    promoted_at = models.DateTimeField(_("proposed for the library on"), null=True, blank=True)

    class Meta:
        verbose_name = _("shared document or link")
        verbose_name_plural = _("shared knowledge")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(document__isnull=True) | models.Q(url=""),
                name="knowledge_file_or_link",
            )
        ]

    def __str__(self):
        return self.title

    @property
    def kind(self):
        return Kind.DOCUMENT if self.document_id else Kind.LINK

    def author_name(self):
        profile = getattr(self.author, "member_profile", None) if self.author else None
        return profile.display_name if profile else str(_("Former member"))
