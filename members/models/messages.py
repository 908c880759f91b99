"""What members write through the platform: to each other ("Get in touch") and to the
Secretariat ("Contact the Secretariat", read in the admin)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Message(models.Model):
    # A closed account keeps its messages, signed "former member" (its profile says so).
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="sent_member_messages",
        verbose_name=_("sender"),
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="received_member_messages",
        verbose_name=_("recipient"),
    )
    body = models.TextField(_("message"), max_length=5000)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["-sent_at", "-pk"]

    def __str__(self):
        return f"{self.sent_at:%Y-%m-%d %H:%M}"


class SecretariatMessage(models.Model):
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("sender"),
    )
    sender_name = models.CharField(_("name"), max_length=255)
    sender_email = models.EmailField(_("e-mail address"))
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"), max_length=5000)
    sent_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("message to the Secretariat")
        verbose_name_plural = _("messages to the Secretariat")
        ordering = ["-sent_at", "-pk"]

    def __str__(self):
        return f"{self.sender_name}: {self.subject}"
