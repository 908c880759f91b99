"""The page types of the About section: governance, reference criteria, research programme."""

import io
from urllib.parse import urlencode

from django.db import models
from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from about.blocks import DimensionBlock, GoverningBodyBlock, PillarBlock
from home.models import BasePage
from sitewide.exports import SafeWriter

ABOUT_PARENTS = ["about.AboutPage"]


class AboutPage(BasePage):
    """The About section's landing page: what the Initiative is, and its sub-pages."""

    template = "pages/content_page.html"
    page_description = _(
        "The landing page of the About section, in the main menu; holds governance, the "
        "reference criteria and the research programme."
    )
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "about.GovernancePage",
        "about.CriteriaPage",
        "about.ResearchProgrammePage",
        "home.ContentPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("About section page")


class GovernancePage(BasePage):
    """The governing bodies, each with its role and its people. Their meetings are not kept
    here: they are events, listed by the Events section under a category this page links to."""

    bodies = StreamField(
        [("body", GoverningBodyBlock())], blank=True, verbose_name=_("governing bodies")
    )
    meetings_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("meetings page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The events page listing the meetings. Leave empty to use the “events” page."),
    )
    meetings_category = models.SlugField(
        _("meetings category"),
        max_length=100,
        default="governance",
        blank=True,
        help_text=_("The events category of the meetings of these bodies."),
    )

    template = "pages/about/governance_page.html"
    page_description = _(
        "The governing bodies of the Initiative, their roles and members; under About."
    )
    parent_page_types = ABOUT_PARENTS
    subpage_types = []
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [
        FieldPanel("bodies"),
        MultiFieldPanel(
            [FieldPanel("meetings_page"), FieldPanel("meetings_category")],
            heading=_("Meetings"),
        ),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("bodies")]
    # A category slug is shared by every language, like the events' own.
    override_translatable_fields = [SynchronizedField("meetings_category")]

    class Meta:
        verbose_name = _("governance page")

    def events_page(self):
        """The events page in the reader's language (its synchronised copy if untranslated)."""
        page = self.meetings_page
        if page is None:
            # The Events section's index sits under the home page with the slug "events".
            page = (
                Page.objects.live()
                .filter(depth=3, slug="events", locale=Locale.get_default())
                .first()
            )
        return page.localized if page is not None else None

    def meetings_url(self, request=None):
        page = self.events_page()
        if page is None:
            return None
        # The events page knows which of its listings has the meetings (upcoming or past).
        if self.meetings_category and hasattr(page.specific, "category_url"):
            return page.specific.category_url(self.meetings_category, request)
        url = page.get_url(request)
        if self.meetings_category:
            url += "?" + urlencode({"category": self.meetings_category})
        return url


class CriteriaPage(RoutablePageMixin, BasePage):
    """The reference criteria for the evaluation of projects and actions, grouped by
    dimension, with the whole set downloadable as CSV and JSON in the page's language."""

    dimensions = StreamField(
        [("dimension", DimensionBlock())], blank=True, verbose_name=_("dimensions")
    )

    template = "pages/about/criteria_page.html"
    page_description = _(
        "The reference criteria for evaluating projects, by dimension, downloadable as CSV "
        "and JSON; under About."
    )
    parent_page_types = ABOUT_PARENTS
    subpage_types = []
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("dimensions")]
    search_fields = BasePage.search_fields + [index.SearchField("dimensions")]

    FIELDS = ("criterion", "indicator", "method", "unit")

    class Meta:
        verbose_name = _("reference criteria page")

    def content_language(self):
        """The language the text is in: a synchronised copy still holds its source's text."""
        if self.alias_of_id:
            source = Page.objects.filter(pk=self.alias_of_id).select_related("locale").first()
            if source is not None:
                return source.locale.language_code
        return self.locale.language_code

    @cached_property
    def has_criteria(self):
        """Whether any criterion is entered: until then the page and downloads show only the
        dimensions, the one part of the set the Initiative has published."""
        return any(dimension.value["criteria"] for dimension in self.dimensions)

    def criteria_data(self):
        return [
            {
                "name": dimension.value["name"],
                "criteria": [
                    {field: criterion[field] for field in self.FIELDS}
                    for criterion in dimension.value["criteria"]
                ],
            }
            for dimension in self.dimensions
        ]

    def download_name(self, language, extension):
        return f"{self.slug}-{language}.{extension}"

    # Wagtail page URLs cannot hold a dot, so the format is a path segment: <page>/csv/.
    @path("csv/", name="csv")
    def criteria_csv(self, request):
        language = self.content_language()
        with translation.override(language):
            header = [
                gettext("Dimension"),
                gettext("Criterion"),
                gettext("Indicator"),
                gettext("Method"),
                gettext("Unit"),
            ]
        out = io.StringIO()
        # The byte order mark lets spreadsheet programs read the accents as UTF-8.
        out.write("\ufeff")
        writer = SafeWriter(out)
        writer.writerow(header)
        for dimension in self.criteria_data():
            for criterion in dimension["criteria"]:
                writer.writerow([dimension["name"], *(criterion[f] for f in self.FIELDS)])
        response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="{self.download_name(language, "csv")}"'
        )
        return response

    @path("json/", name="json")
    def criteria_json(self, request):
        language = self.content_language()
        data = {
            "title": self.title,
            "language": language,
            "url": self.get_full_url(request),
            "dimensions": self.criteria_data(),
        }
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
        response["Content-Disposition"] = (
            f'attachment; filename="{self.download_name(language, "json")}"'
        )
        return response


class ResearchProgrammePage(BasePage):
    """The international research and scientific cooperation programme and its pillars."""

    pillars = StreamField([("pillar", PillarBlock())], blank=True, verbose_name=_("pillars"))

    template = "pages/about/research_programme_page.html"
    page_description = _(
        "The research and scientific cooperation programme and its pillars; under About."
    )
    parent_page_types = ABOUT_PARENTS
    subpage_types = []
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("pillars")]
    search_fields = BasePage.search_fields + [index.SearchField("pillars")]

    class Meta:
        verbose_name = _("research programme page")
