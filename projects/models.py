"""Joint projects: a member proposes one, others ask to join it with a short message, the
proposer accepts or declines them. Everything members write here is plain text."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from members.models.choices import PillarsMixin


class Status(models.TextChoices):
    SEEKING = "seeking", _("Seeking partners")
    PREPARING = "preparing", _("In preparation")
    UNDER_WAY = "under-way", _("Under way")
    COMPLETED = "completed", _("Completed")


def member_name(user):
    profile = getattr(user, "member_profile", None) if user else None
    return profile.display_name if profile else str(_("Former member"))


class Project(PillarsMixin, models.Model):
    proposer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="proposed_projects",
        verbose_name=_("proposed by"),
    )
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=5000)
    countries = CountryField(_("countries"), multiple=True, blank=True)
    # Stored as ",1,3," like a member's pillars (members.models.profile.joined).
    pillars = models.CharField(_("research pillars"), max_length=20, blank=True)
    partners_sought = models.TextField(_("partners sought"), max_length=2000, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SEEKING, db_index=True
    )
    created_at = models.DateTimeField(_("proposed on"), default=timezone.now, db_index=True)
    # The project's discussion (projects/discussion.py), started by its first post.
    thread = models.OneToOneField(
        "discussions.Thread",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    class Meta:
        verbose_name = _("joint project")
        verbose_name_plural = _("joint projects")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    def proposer_name(self):
        return member_name(self.proposer)


class Request(models.Model):
    """A member's wish to join a project, and the proposer's answer."""

    class Answer(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="requests", verbose_name=_("project")
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="project_requests",
        verbose_name=_("member"),
    )
    message = models.TextField(_("message"), max_length=1000)
    answer = models.CharField(
        _("answer"), max_length=20, choices=Answer.choices, default=Answer.PENDING
    )
    created_at = models.DateTimeField(_("asked on"), default=timezone.now)
    answered_at = models.DateTimeField(_("answered on"), null=True, blank=True)

    class Meta:
        verbose_name = _("request to join")
        verbose_name_plural = _("requests to join")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["project", "member"], name="projects_one_request_each")
        ]

    def __str__(self):
        return f"{self.member_name()} → {self.project}"

    def member_name(self):
        return member_name(self.member)
