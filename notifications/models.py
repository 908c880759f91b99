"""What the platform tells a member: one row per event and recipient, rendered in the
recipient's language when it is read or e-mailed (never stored translated)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.models.profile import joined, split


class Kind(models.TextChoices):
    REPLY = "reply", _("Replies in threads I follow")
    MENTION = "mention", _("Mentions of me")
    NEW_THREAD = "new-thread", _("New threads in forums I follow")
    MESSAGE = "message", _("Messages from other members")
    PROJECT_REQUEST = "project-request", _("Requests to join my projects")
    PROJECT_ACCEPTED = "project-accepted", _("Answers to my requests to join a project")
    POST_HIDDEN = "post-hidden", _("Moderation of my posts")


# What the e-mail and the dashboard say, per kind: %(actor)s is a member's name, %(title)s
# what it is about (a thread, a project), both the members' own words.
SENTENCES = {
    Kind.REPLY: _("%(actor)s replied in “%(title)s”"),
    Kind.MENTION: _("%(actor)s mentioned you in “%(title)s”"),
    Kind.NEW_THREAD: _("%(actor)s started “%(title)s”"),
    Kind.MESSAGE: _("%(actor)s wrote to you"),
    Kind.PROJECT_REQUEST: _("%(actor)s asks to join your project “%(title)s”"),
    Kind.PROJECT_ACCEPTED: _("You are now a partner of the project “%(title)s”"),
    Kind.POST_HIDDEN: _("The Secretariat hid your post in “%(title)s”"),
}


class Frequency(models.TextChoices):
    IMMEDIATELY = "immediately", _("At once, one e-mail each")
    DAILY = "daily", _("A daily digest")
    WEEKLY = "weekly", _("A weekly digest")
    NEVER = "never", _("No e-mail (the dashboard only)")


def language_of(user):
    """The language the member chose for the platform's e-mails."""
    profile = getattr(user, "member_profile", None)
    return profile.email_language if profile else settings.LANGUAGE_CODE


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("recipient"),
    )
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    # A closed or deleted account's notifications still read "former member".
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("from"),
    )
    title = models.CharField(_("about"), max_length=300, blank=True)
    # A path on the site (no host): the e-mail makes it absolute.
    url = models.CharField(_("link"), max_length=500)
    excerpt = models.TextField(_("excerpt"), max_length=500, blank=True)
    # A member's message, e-mailed whole (the excerpt is for the dashboard and digests).
    message = models.ForeignKey(
        "members.Message",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("message"),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["recipient", "-created_at"])]

    def __str__(self):
        return self.sentence()

    def actor_name(self):
        profile = getattr(self.actor, "member_profile", None) if self.actor else None
        if profile is None:
            return str(_("Former member"))
        return profile.display_name

    def sentence(self):
        """In the active language: call it inside translation.override(recipient's language)."""
        return SENTENCES[self.kind] % {"actor": self.actor_name(), "title": self.title}


class Preference(models.Model):
    """How often a member hears by e-mail, and which kinds they turned off."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preference",
        verbose_name=_("member"),
    )
    frequency = models.CharField(
        _("e-mails about activity"),
        max_length=20,
        choices=Frequency.choices,
        default=Frequency.IMMEDIATELY,
    )
    # Stored as ",reply,mention," (see members.models.profile.joined).
    muted_kinds = models.CharField(_("turned off"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return str(self.user)

    def mutes(self, kind):
        return f",{kind}," in self.muted_kinds

    @property
    def muted_kind_list(self):
        return split(self.muted_kinds)

    @muted_kind_list.setter
    def muted_kind_list(self, kinds):
        self.muted_kinds = joined(sorted(set(kinds)))
