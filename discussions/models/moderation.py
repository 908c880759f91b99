"""What members report and what the Secretariat does about it, each act recorded."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .forums import Thread
from .posts import Post


class Report(models.Model):
    post = models.ForeignKey(
        Post, on_delete=models.CASCADE, related_name="reports", verbose_name=_("post")
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("reported by"),
    )
    reason = models.TextField(_("reason"), max_length=1000)
    created_at = models.DateTimeField(_("reported on"), default=timezone.now)
    # Set when a Moderator hides the post or dismisses the report.
    resolved_at = models.DateTimeField(_("dealt with"), null=True, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.reason[:60]


class Action(models.TextChoices):
    HIDE = "hide", _("Hid a post")
    RESTORE = "restore", _("Restored a post")
    DISMISS = "dismiss", _("Dismissed the reports on a post")
    LOCK = "lock", _("Locked a thread")
    UNLOCK = "unlock", _("Unlocked a thread")
    PIN = "pin", _("Pinned a thread")
    UNPIN = "unpin", _("Unpinned a thread")
    MOVE = "move", _("Moved a thread")
    SUSPEND = "suspend", _("Suspended a member")


class ModerationAction(models.Model):
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("moderator"),
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    thread = models.ForeignKey(
        Thread, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    post = models.ForeignKey(
        Post, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("member"),
    )
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation actions")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.get_action_display()
