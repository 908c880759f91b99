"""The platform's fixed choices: the research pillars (the seed's four), languages of e-mails,
and the profile fields a member may hide from the others."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Pillar(models.TextChoices):
    """The four pillars of the International Research and Scientific Cooperation Program."""

    POTENTIAL = (
        "1",
        _("Estimating the potential of soil carbon sequestration and associated benefits"),
    )
    PRACTICES = "2", _("Developing practices adapted to specific soil and climate conditions")
    ENVIRONMENT = "3", _("Defining and strengthening the enabling environment")
    MRV = "4", _("Monitoring, reporting and verification of soil carbon")


def email_languages():
    return list(settings.LANGUAGES)


# Profile fields other members see unless the member hides them (the name is always shown:
# it is how members find each other).
SHAREABLE_FIELDS = {
    "photo": _("Photo"),
    "job_title": _("Job title"),
    "organisation": _("Organisation"),
    "country": _("Country"),
    "languages": _("Languages spoken"),
    "expertise": _("Expertise"),
    "presentation": _("Presentation"),
}


def joined(codes):
    """Stored as ",fr,es," so one language or pillar is filtered with `contains` on any
    database (SQLite cannot look inside JSON lists)."""
    return f",{','.join(codes)}," if codes else ""


def split(stored):
    return [code for code in stored.split(",") if code]


class PillarsMixin:
    """For a model that keeps the research pillars it is about in a `pillars` text field."""

    @property
    def pillar_codes(self):
        return split(self.pillars)

    @pillar_codes.setter
    def pillar_codes(self, codes):
        self.pillars = joined(sorted(codes))

    def pillar_names(self):
        return [Pillar(code).label for code in self.pillar_codes if code in Pillar.values]
