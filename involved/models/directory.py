"""The members and partners directory: one record per organisation, and the page listing
them, filtered, counted and exported."""

from urllib.parse import urlencode

from django.core.validators import MinValueValidator
from django.db import models
from django.http import HttpResponse, JsonResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage
from involved.choices import College, Status
from involved.directory import (
    EXPORT_COLUMNS,
    export_rows,
    facets,
    filtered_listing,
    selected_filters,
)
from sitewide.exports import SafeDictWriter
from sitewide.listing import kept_page, querystring_without
from sitewide.localized import in_active_language
from sitewide.site_fragments import public
from sitewide.snippets import SnippetViewSet, register_snippet

from .section import INVOLVED_PARENTS


class OrganisationQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)


class Organisation(
    index.Indexed,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    models.Model,
):
    """A member or partner of the Initiative. Only the name is translated; the other fields
    are facts shared by every language, kept in sync by wagtail-localize.

    A record may be a draft (an accepted application's organisation, for review): visitors
    see only live records (`Organisation.objects.live()`), in every listing, export and search.
    """

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

    objects = OrganisationQuerySet.as_manager()

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
        # What in_active_language() and the admin's listing filter on, which search then
        # filters on too.
        index.FilterField("translation_key"),
        index.FilterField("locale"),
        index.RelatedFields("locale", [index.FilterField("language_code")]),
        index.FilterField("college"),
        index.FilterField("status"),
        index.FilterField("is_financing_partner"),
        index.FilterField("live"),
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
    def public_objects(cls):
        """What visitors see: the live records, each in the reader's language when its
        translation is live, in the default language otherwise."""
        return in_active_language(cls.objects.live())

    # Site search: readers find the organisations the directory lists in their language, and
    # are led to the directory narrowed down to the organisation.

    @classmethod
    def searchable_objects(cls):
        return cls.public_objects()

    @classmethod
    def prepare_search_results(cls, organisations, request=None):
        """Looks up the directory page once for a page of results."""
        try:
            directory = public(DirectoryPage.objects.live()).filter(locale=Locale.get_active())
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
    # Wagtail's status tag (draft, live, live + draft), as a snippet's default listing has.
    # Its default label is translated when the column is made, here once at start-up (in
    # English): a lazy one is translated for each user.
    list_display = [
        "name",
        "college",
        "status",
        "is_financing_partner",
        # "Publication", not a second "Status" beside the membership status.
        LiveStatusTagColumn(label=_("Publication")),
    ]
    list_filter = ["college", "status", "is_financing_partner", "live"]
    list_per_page = 50


register_snippet(OrganisationViewSet)


class DirectoryPage(BasePage):
    """Lists the organisations, filtered by college, status and country, with an open-data
    export (`?format=csv` or `?format=json`) of the filtered list."""

    template = "pages/involved/directory_page.html"
    page_description = _(
        "The searchable directory of members and partners, with CSV and JSON export; under "
        "Get involved."
    )
    parent_page_types = INVOLVED_PARENTS
    subpage_types = []
    max_count_per_parent = 1
    per_page = 24

    class Meta:
        verbose_name = _("members and partners directory")

    def listing(self, request):
        filters = selected_filters(request)
        return filters, filtered_listing(Organisation.public_objects(), filters)

    def serve(self, request, *args, **kwargs):
        export_format = request.GET.get("format")
        if export_format in ("csv", "json"):
            return self.export(request, export_format)
        return super().serve(request, *args, **kwargs)

    def export(self, request, export_format):
        _filters, listing = self.listing(request)
        rows = export_rows(listing.filtered().order_by("name", "pk"))
        filename = f"organisations-{get_language()}.{export_format}"
        if export_format == "json":
            response = JsonResponse(
                {"organisations": list(rows)}, json_dumps_params={"ensure_ascii": False}
            )
        else:
            response = HttpResponse(content_type="text/csv; charset=utf-8")
            writer = SafeDictWriter(response, fieldnames=EXPORT_COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters, listing = self.listing(request)
        # Counted and paged once per filters chosen, as the facets are.
        page_obj = kept_page(
            request,
            listing,
            listing.filtered().order_by("name", "pk"),
            self.per_page,
            listing.cached("count", listing.filtered().count),
            lambda pks: (
                listing.queryset.filter(pk__in=pks)
                .select_related("logo")
                .prefetch_related("logo__renditions")
                .in_bulk()
            ),
        )
        context.update(
            page_obj=page_obj,
            organisations=page_obj.object_list,
            facets=facets(listing, filters),
            filtered=any(filters.values()),
            querystring=querystring_without(request, "page"),
            export_query=querystring_without(request, "page", "format"),
        )
        return context
