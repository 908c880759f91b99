"""The directory's fixed choices, shared by its records, its filters and the join form."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class College(models.TextChoices):
    NATIONAL_GOVERNMENTS = "national-governments", _("National governments")
    LOCAL_GOVERNMENTS = "local-governments", _("Local and regional governments")
    INTERNATIONAL_ORGANISATIONS = (
        "international-organisations",
        _("International and regional organisations"),
    )
    RESEARCH = "research-education", _("Research and education")
    FARMERS = "farmers-organisations", _("Farmers' organisations")
    NGOS = "ngos-civil-society", _("NGOs and civil society")
    PRIVATE_SECTOR = "private-sector", _("Private sector")


class Status(models.TextChoices):
    # The presentation's wording: stakeholders join "by becoming a member of the forum"; it
    # places neither members in the Consortium nor partners in the Forum.
    MEMBER = "member", _("Member of the Forum")
    PARTNER = "partner", _("Partner")
    # For the organisations the Initiative cooperates with without their having joined it.
    COOPERATION = "cooperation", _("Cooperation partner")
