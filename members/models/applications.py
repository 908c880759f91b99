"""What the Secretariat decided about an application to join (a join-form submission)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ApplicationDecision(models.Model):
    class Decision(models.TextChoices):
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    # Deleted with the application when its retention period ends.
    submission = models.OneToOneField(
        "wagtailforms.FormSubmission", on_delete=models.CASCADE, related_name="+"
    )
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices)
    decided_at = models.DateTimeField(_("decided"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    member = models.ForeignKey(
        "members.MemberProfile", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("decision on an application")

    def __str__(self):
        return self.get_decision_display()
