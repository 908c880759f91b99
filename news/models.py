from datetime import date

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, prefetch_related_objects
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.models import BasePage, Topic
from sitewide import site_fragments
from sitewide.listing import choice_param, int_param, paginate, querystring_without
from sitewide.localized import localize_all, localize_pages, taxonomy
from sitewide.site_fragments import public


class NewsAndResourcesPage(BasePage):
    """The News & resources section's landing page. News owns it; the resource index names it
    as its parent by model label, so neither section imports the other."""

    template = "pages/content_page.html"
    page_description = _(
        "The landing page of the News & resources section, in the main menu; holds the news "
        "and the resource library."
    )
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsIndexPage", "resources.ResourceIndexPage", "home.ContentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("News & resources section page")


class NewsIndexPage(BasePage):
    """The news of the Initiative, newest first, filterable by topic and year."""

    template = "pages/news/news_index_page.html"
    page_description = _("The list of news articles, newest first; under News & resources.")
    parent_page_types = ["news.NewsAndResourcesPage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    per_page = 10

    class Meta:
        verbose_name = _("news index page")

    def news(self, locale_id):
        return (
            public(NewsPage.objects.live())
            .child_of(self)
            .filter(locale_id=locale_id)
            .order_by("-date", "-pk")
        )

    def facets(self):
        """Year -> number of news, and the topics they use: kept with the site-wide fragments,
        since only publishing changes them."""

        def build():
            news = self.news(self.locale_id).order_by()
            years = news.annotate(year=ExtractYear("date")).values("year").annotate(n=Count("pk"))
            topics = news.exclude(topics=None).values_list("topics__slug", flat=True).distinct()
            return {"years": {row["year"]: row["n"] for row in years}, "topics": set(topics)}

        return site_fragments.cached(f"news-facets:{self.pk}", build)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = self.news(self.locale_id)
        facets = self.facets()
        topic_names = taxonomy(Topic)
        # Only the topics this language's news use, so no choice leads to an empty list.
        topics = sorted(
            (t for t in topic_names.values() if t.slug in facets["topics"]),
            key=lambda t: t.name.casefold(),
        )
        topic = choice_param(request, "topic", [t.slug for t in topics])
        years = sorted(facets["years"], reverse=True)
        year = int_param(request, "year")
        year = year if year in years else None
        if topic:
            news = news.filter(topics__slug=topic).distinct()
        if year:
            news = news.filter(date__year=year)
        # Without a topic, the year counts say how many items there are; with one, the count is
        # kept like the facets.
        if topic:
            count = site_fragments.cached(f"news-count:{self.pk}:{topic}:{year}", news.count)
        else:
            count = facets["years"][year] if year else sum(facets["years"].values())
        page_obj = paginate(request, news, self.per_page, count=count)

        def localize_topics(items):
            for item in items:
                item.localized_topics = localize_all(item.topics.all(), topic_names)

        context.update(
            page_obj=page_obj,
            cards=site_fragments.cards(
                request,
                page_obj,
                "components/news/news_card.html",
                name=f"news:{self.pk}:{topic}:{year}",
                pages_queryset=NewsPage.objects.select_related(
                    "listing_image", "alias_of__locale"
                ).prefetch_related("topics", "listing_image__renditions"),
                prepare=localize_topics,
            ),
            topics=topics,
            years=years,
            current_topic=topic,
            current_year=year,
            querystring=querystring_without(request, "page"),
        )
        return context


class NewsPage(BasePage):
    template = "pages/news/news_page.html"
    page_description = _("A news article, with its date and topics; under News.")
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    date = models.DateField(_("publication date"), default=date.today)
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    listing_image_alt = models.CharField(
        _("listing image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it."),
    )
    # Pages are written in the source language; translations keep its topics (whose slugs
    # are the same in every language) and listings show their translated names.
    topics = ParentalManyToManyField(
        "home.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="news_pages",
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_image_alt")],
            heading=_("Listing image"),
        ),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        InlinePanel("related_pages", label=_("Related pages")),
    ]
    search_fields = BasePage.search_fields + [index.FilterField("date")]
    override_translatable_fields = [SynchronizedField("topics")]
    serving_prefetch = BasePage.serving_prefetch + (
        "listing_image",
        "topics",
        "related_pages__related",
    )

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")

    @property
    def search_result_date(self):
        return self.date

    def clean(self):
        super().clean()
        if self.listing_image_id and not self.listing_image_alt.strip():
            raise ValidationError(
                {"listing_image_alt": _("Describe the listing image for screen readers.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Fetched already when the page comes from its route (serving_prefetch); a preview
        # reads the draft's own, each relation in one query.
        context["topics"] = localize_all(self.topics.all(), taxonomy(Topic))
        links = list(self.related_pages.all())
        prefetch_related_objects(links, "related")  # a preview's links, in one query
        context["related"] = localize_pages([link.related for link in links if link.related.live])
        return context


class NewsPageRelatedPage(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_pages")
    related = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("related")]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
