"""A member of the platform: the profile that goes with their user account, one each."""

import posixpath
import uuid
from datetime import timedelta

from django.conf import global_settings, settings
from django.db import models
from django.db.models.fields.files import ImageFieldFile
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from .choices import SHAREABLE_FIELDS, PillarsMixin, email_languages, joined, split

MEMBERS_GROUP = "Members"
# An invitation not followed by a first sign-in within this time shows as "never signed in".
INVITATION_PENDING_DAYS = 30


def spoken_language_choices():
    """Languages a member may say they speak: Django's list, one entry per language (no
    regional variants), named in the reader's language."""
    codes = sorted({code.split("-")[0] for code, _name in global_settings.LANGUAGES})
    choices = []
    for code in codes:
        try:
            choices.append((code, get_language_info(code)["name_translated"]))
        except KeyError:
            continue
    return sorted(choices, key=lambda choice: str(choice[1]).lower())


PHOTOS_FOLDER = "members/photos"


def photo_path(profile, filename):
    # A random name: the file's own name may say who the member is.
    return f"{PHOTOS_FOLDER}/{uuid.uuid4().hex}.jpg"


class PhotoFieldFile(ImageFieldFile):
    """A photo's address is the platform's (members only, members.views.photos), never the
    media folder's, which the web server and the bucket do not serve."""

    @property
    def url(self):
        self._require_file()
        return reverse("members:photo", args=[posixpath.basename(self.name).removesuffix(".jpg")])


class PhotoField(models.ImageField):
    attr_class = PhotoFieldFile


class Status(models.TextChoices):
    INVITED = "invited", _("Invited")
    ACTIVE = "active", _("Active")
    NEVER_SIGNED_IN = "never-signed-in", _("Never signed in")
    DEACTIVATED = "deactivated", _("Deactivated")


class MemberProfile(PillarsMixin, models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="member_profile",
        verbose_name=_("user"),
    )
    # The directory entry (involved's Organisation) by id, and the name as the member gives it.
    organisation_id = models.PositiveBigIntegerField(_("directory entry"), null=True, blank=True)
    organisation_name = models.CharField(_("organisation"), max_length=255, blank=True)
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    languages = models.CharField(_("languages spoken"), max_length=300, blank=True)
    pillars = models.CharField(_("research pillars"), max_length=20, blank=True)
    topics = models.ManyToManyField(
        "home.Topic", blank=True, related_name="+", verbose_name=_("topics")
    )
    presentation = models.TextField(_("presentation"), max_length=1500, blank=True)
    photo = PhotoField(_("photo"), upload_to=photo_path, blank=True)

    share_photo = models.BooleanField(_("photo"), default=True)
    share_job_title = models.BooleanField(_("job title"), default=True)
    share_organisation = models.BooleanField(_("organisation"), default=True)
    share_country = models.BooleanField(_("country"), default=True)
    share_languages = models.BooleanField(_("languages spoken"), default=True)
    share_expertise = models.BooleanField(_("expertise"), default=True)
    share_presentation = models.BooleanField(_("presentation"), default=True)

    email_language = models.CharField(
        _("language of e-mails"), max_length=10, choices=email_languages, default="en"
    )
    accepts_messages = models.BooleanField(_("other members may write to me"), default=True)
    must_change_password = models.BooleanField(_("must choose a password"), default=False)
    invited_at = models.DateTimeField(_("invited"), null=True, blank=True)
    last_seen = models.DateTimeField(_("last seen"), null=True, blank=True)
    # The last visit before the current one: what the dashboard's "new since" counts from.
    previous_visit = models.DateTimeField(null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(_("account closed"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["user__last_name", "user__first_name", "pk"]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        if self.closed_at:
            return str(_("Former member"))
        return self.user.get_full_name() or self.user.get_username()

    @property
    def status(self):
        if not self.user.is_active:
            return Status.DEACTIVATED
        if self.user.last_login is not None:
            return Status.ACTIVE
        sent = self.invited_at or self.created_at
        if timezone.now() - sent > timedelta(days=INVITATION_PENDING_DAYS):
            return Status.NEVER_SIGNED_IN
        return Status.INVITED

    def get_status_display(self):
        return Status(self.status).label

    @property
    def language_codes(self):
        return split(self.languages)

    @language_codes.setter
    def language_codes(self, codes):
        self.languages = joined(codes)

    def language_names(self):
        names = dict(spoken_language_choices())
        return [names.get(code, code) for code in self.language_codes]

    @cached_property
    def shared(self):
        """Field name -> whether other members see it."""
        return {name: getattr(self, f"share_{name}") for name in SHAREABLE_FIELDS}

    @property
    def is_complete(self):
        """What the first-visit checklist asks for: enough for others to know who this is."""
        return bool(self.organisation_name and self.country and self.pillars)
