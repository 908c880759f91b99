from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models import BasePage, Topic
from sitewide.localized import localize_all, taxonomy
from sitewide.media_collections import refuse_private
from sitewide.site_fragments import public

from ..listing import resource_listing
from .snippets import ResourceType


class ResourcePageForm(WagtailAdminPageForm):
    """Offers the resource types of the page's own language only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id and "resource_type" in self.fields:
            self.fields["resource_type"].queryset = ResourceType.objects.filter(locale_id=locale_id)


class ResourceIndexPage(BasePage):
    """The resource library: filters by type, topic, year and language, with counts."""

    template = "pages/resources/resource_index_page.html"
    page_description = _(
        "The resource library, filterable by type, topic, year and language; under News & "
        "resources."
    )
    parent_page_types = ["news.NewsAndResourcesPage"]
    subpage_types = ["resources.ResourcePage"]
    max_count_per_parent = 1
    per_page = 12

    class Meta:
        verbose_name = _("resource index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        resources = (
            public(ResourcePage.objects.live()).child_of(self).filter(locale_id=self.locale_id)
        )
        context.update(
            resource_listing(request, resources, self.per_page, name=f"resources:{self.pk}")
        )
        return context


class ResourcePage(BasePage):
    """A document, guide, publication or tool; its files are tagged with their language. The
    page's introduction is the resource's summary."""

    template = "pages/resources/resource_page.html"
    base_form_class = ResourcePageForm
    page_description = _(
        "A publication, guide or tool with its files in each language; under Resources."
    )
    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    resource_type = models.ForeignKey(
        "resources.ResourceType",
        verbose_name=_("type"),
        on_delete=models.PROTECT,
        related_name="resources",
    )
    topics = ParentalManyToManyField(
        "home.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="resources",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )
    # Optional: a resource whose year nobody can vouch for shows none rather than a guess.
    publication_year = models.PositiveSmallIntegerField(
        _("publication year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    authors = models.CharField(_("authors"), max_length=255, blank=True)
    publisher = models.CharField(_("publisher"), max_length=255, blank=True)
    doi = models.CharField(
        _("DOI"), max_length=255, blank=True, help_text=_("For example 10.1111/gcb.13178")
    )
    external_url = models.URLField(_("external URL"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                # A short list: a select, limited to the page's language by the form.
                FieldPanel("resource_type", widget=forms.Select),
                FieldPanel("publication_year"),
                FieldPanel("authors"),
                FieldPanel("publisher"),
                FieldPanel("doi"),
                FieldPanel("external_url"),
            ],
            heading=_("Reference"),
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        # "File 1", "Add file" beside a "Files, one per language" heading (not "Files 1").
        InlinePanel("files", heading=_("Files, one per language"), label=_("file")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("authors"),
        index.SearchField("publisher"),
        index.FilterField("publication_year"),
        # A reader may know a resource by the title of one of its files.
        index.RelatedFields(
            "files", [index.RelatedFields("document", [index.SearchField("title")])]
        ),
    ]
    # Written in the source language; translations keep its topics (same slugs everywhere).
    override_translatable_fields = [SynchronizedField("topics")]
    serving_prefetch = BasePage.serving_prefetch + ("resource_type", "topics", "files__document")

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    @property
    def search_result_date(self):
        return self.publication_year

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        types = taxonomy(ResourceType)
        context["resource_type"] = types.get(self.resource_type.translation_key, self.resource_type)
        context["topics"] = localize_all(self.topics.all(), taxonomy(Topic))
        # With their documents (serving_prefetch); a preview's, in one query.
        context["files"] = list(self.files.all())
        prefetch_related_objects(context["files"], "document")
        return context

    def clean(self):
        super().clean()
        doi = self.doi.strip().removeprefix("https://doi.org/").removeprefix("doi:")
        if doi and not doi.startswith("10."):
            raise ValidationError({"doi": _("A DOI starts with “10.”, e.g. 10.1111/gcb.13178.")})
        self.doi = doi


class ResourceFile(Orderable):
    """One file of a resource, in one language. Format and size come from the document."""

    LANGUAGES = [
        ("en", _("English")),
        ("fr", _("French")),
        ("es", _("Spanish")),
        ("other", _("Other language")),
    ]

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    language = models.CharField(
        _("language of the file"), max_length=5, choices=LANGUAGES, default="en"
    )

    panels = [
        FieldPanel("document"),
        # The file's heading names its language (resources/file_headings.js).
        FieldPanel(
            "language",
            widget=forms.Select(
                attrs={
                    "data-file-heading": _("File in %(language)s"),
                    "data-file-heading-other": _("File in another language"),
                }
            ),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    def clean(self):
        super().clean()
        if self.document_id:
            try:
                refuse_private(self.document)
            except ValidationError as error:
                raise ValidationError({"document": error}) from None
