"""Members' messages (Get in touch) reach the recipient through notifications, so they follow
the member's choice of frequency and unsubscribe like everything else the platform says."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone, translation

from members.models import Message
from members.signals import messages_read

from .delivery import notify
from .models import Kind, Notification, language_of


@receiver(post_save, sender=Message)
def tell_the_recipient(sender, instance, created, raw=False, **kwargs):
    if not created or raw or instance.recipient is None:
        return
    recipient = instance.recipient
    with translation.override(language_of(recipient)):
        url = reverse("members:messages")
    notify(
        [recipient],
        Kind.MESSAGE,
        actor=instance.sender,
        url=url,
        excerpt=instance.body,
        message=instance,
    )


@receiver(messages_read)
def mark_messages_read(sender, user, **kwargs):
    """Opening Messages shows every message: the dashboard stops announcing them as new."""
    Notification.objects.filter(recipient=user, kind=Kind.MESSAGE, read_at__isnull=True).update(
        read_at=timezone.now()
    )
