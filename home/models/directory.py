"""The members and partners directory: one record per organisation, listed and exported."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.fields import SynchronizedField, TranslatableField


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
    MEMBER = "member", _("Member of the Consortium")
    PARTNER = "partner", _("Partner in the Forum")
    # For the organisations the Initiative cooperates with without their having joined it.
    COOPERATION = "cooperation", _("Cooperation partner")


class Organisation(index.Indexed, TranslatableMixin, models.Model):
    """A member or partner of the Initiative. Only the name is translated; the other fields
    are facts shared by every language, kept in sync by wagtail-localize."""

    name = models.CharField(_("name"), max_length=255)
    college = models.CharField(_("college"), max_length=40, choices=College.choices)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    country = CountryField(_("country"), blank=True)
    year_joined = models.PositiveSmallIntegerField(
        _("year joined"),
        null=True,
        blank=True,
        # The Initiative was launched at COP 21, in December 2015.
        validators=[MinValueValidator(2015)],
    )
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_financing_partner = models.BooleanField(
        _("financing partner"),
        default=False,
        help_text=_("Shown with its logo among the financing partners on the home page."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("college"),
        FieldPanel("status"),
        FieldPanel("country"),
        FieldPanel("year_joined"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("is_financing_partner"),
    ]
    # Names, which readers of every language may find under the English one (see search).
    search_by_language = False
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("name"),  # the admin sorts a search's results by name
        # Indexed with the record's language active (see the search app), so in its language.
        index.SearchField("country_name"),
        # What for_active_language() and the admin's listing filter on, which search then
        # filters on too.
        index.FilterField("translation_key"),
        index.FilterField("locale"),
        index.RelatedFields("locale", [index.FilterField("language_code")]),
        index.FilterField("college"),
        index.FilterField("status"),
        index.FilterField("is_financing_partner"),
    ]
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("college"),
        SynchronizedField("status"),
        SynchronizedField("country"),
        SynchronizedField("year_joined"),
        SynchronizedField("website"),
        SynchronizedField("logo"),
        SynchronizedField("is_financing_partner"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def country_name(self):
        return str(self.country.name) if self.country else ""

    @classmethod
    def for_active_language(cls):
        """The organisations in the active language, and in the default language those not
        translated yet, so a record appears in every language from the moment it is published.
        Filters on language codes so that it costs one query, with no Locale look-up."""
        active = get_supported_content_language_variant(get_language())
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        if active == default:
            return cls.objects.filter(locale__language_code=active)
        translated = cls.objects.filter(locale__language_code=active).values("translation_key")
        return cls.objects.filter(
            models.Q(locale__language_code=active)
            | (models.Q(locale__language_code=default) & ~models.Q(translation_key__in=translated))
        )

    # Site search: readers find the organisations the directory lists in their language, and
    # are led to the directory narrowed down to the organisation.

    @classmethod
    def searchable_objects(cls):
        return cls.for_active_language()

    @classmethod
    def prepare_search_results(cls, organisations, request=None):
        """Looks up the directory page once for a page of results."""
        from .directory_page import DirectoryPage  # that module builds on this one

        try:
            directory = DirectoryPage.objects.live().public().filter(locale=Locale.get_active())
            directory = directory.first()
        except Locale.DoesNotExist:
            directory = None
        url = directory.get_url(request) if directory else None
        for organisation in organisations:
            organisation.directory_url = url

    def get_search_result_url(self):
        """The directory filtered by the organisation's college, status and country, at the
        organisation; without a directory page in this language, its website (or nothing)."""
        if "directory_url" not in self.__dict__:
            self.prepare_search_results([self])
        if not self.directory_url:
            return self.website or None
        filters = {"college": self.college, "status": self.status}
        if self.country:
            filters["country"] = self.country.code
        return f"{self.directory_url}?{urlencode(filters)}#organisation-{self.pk}"


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "college", "status", "is_financing_partner"]
    list_filter = ["college", "status", "is_financing_partner"]
    list_per_page = 50


register_snippet(OrganisationViewSet)
