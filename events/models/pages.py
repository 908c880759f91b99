from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from events import calendar, listing
from events.blocks import MaterialsBlock
from events.choices import Attendance, Status
from events.dates import Precision, format_event_dates, iso_date, last_day, normalise_start
from events.models.categories import EventCategory
from events.structured_data import event_json_ld
from home.models import BasePage
from sitewide.caching import changes_with_the_date
from sitewide.site_fragments import public


class EventIndexPage(RoutablePageMixin, BasePage):
    """The Events section: upcoming and past events, a year archive, filters, calendars."""

    template = "pages/events/event_index_page.html"
    page_description = _(
        "The Events section: upcoming and past events and calendars, in the main menu."
    )
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1
    per_page = 12

    class Meta:
        verbose_name = _("event index page")

    def events(self):
        # alias_of: untranslated copies say which language their title is in.
        return public(
            EventPage.objects.child_of(self).live().select_related("category", "alias_of__locale")
        )

    def category_url(self, category, request=None):
        """The listing that shows a category's events: the upcoming ones, or the past ones when
        none is coming, so a link to "the meetings" (from the governance page) never lands on
        an empty list while there are some."""
        events = self.events().filter(category__slug=category)
        view = "upcoming"
        if not listing.upcoming(events).exists() and listing.past(events).exists():
            view = "past"
        query = urlencode({"category": category})
        return f"{self.get_url(request)}{self.reverse_subpage(view)}?{query}"

    def get_cached_paths(self):
        slugs = EventCategory.objects.values_list("slug", flat=True).distinct()
        return super().get_cached_paths() + [f"/ical/{slug}/" for slug in slugs]

    def serve(self, request, *args, **kwargs):
        # "Upcoming" changes with the date, not only when something is published.
        return changes_with_the_date(request, super().serve(request, *args, **kwargs))

    @path("", name="upcoming")
    def upcoming(self, request):
        return self._listing(request, past=False)

    @path("past/", name="past")
    def past(self, request):
        return self._listing(request, past=True)

    def _listing(self, request, past):
        context = listing.listing_context(self, request, past_events=past, per_page=self.per_page)
        return self.render(request, context_overrides=context)

    @path("ical/", name="calendar")
    def calendar_feed(self, request):
        return calendar.feed_response(request, self.events())

    @path("ical/<slug:category>/", name="category_calendar")
    def category_calendar_feed(self, request, category):
        if not EventCategory.objects.filter(slug=category).exists():
            raise Http404
        events = self.events().filter(category__slug=category)
        return calendar.feed_response(request, events, category=category)


class EventPage(RoutablePageMixin, BasePage):
    """A meeting with real-world dates, known to the day, the month or only the year."""

    template = "pages/events/event_page.html"
    page_description = _("A meeting or event with its dates and place; under Events.")
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    start_date = models.DateField(
        _("start date"),
        help_text=_("For a month or a year only, any day of it: only the month or year is shown."),
        # The listings are read in this order: the next twelve, not a sort of every event.
        db_index=True,
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty for a one-day event.")
    )
    date_precision = models.CharField(
        _("dates known to the"), max_length=5, choices=Precision.choices, default=Precision.DAY
    )
    dates_tbc = models.BooleanField(_("dates to be confirmed"), default=False)
    last_day = models.DateField(editable=False, db_index=True)

    venue = models.CharField(_("venue"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    place_tbc = models.BooleanField(_("place to be confirmed"), default=False)
    region = models.CharField(
        _("region"), max_length=120, blank=True, help_text=_("E.g. Inner Mongolia.")
    )
    country = CountryField(_("country"), blank=True)
    location_note = models.CharField(
        _("note on the place"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “or another Mediterranean country”, while the country is not settled."),
    )
    attendance = models.CharField(
        _("attendance"), max_length=10, choices=Attendance.choices, default=Attendance.IN_PERSON
    )
    online_url = models.URLField(_("online attendance link"), blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.SCHEDULED
    )
    category = models.ForeignKey(
        "events.EventCategory",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    external_url = models.URLField(_("event website"), blank=True)
    materials = StreamField(
        MaterialsBlock(),
        blank=True,
        verbose_name=_("slides, reports and recordings"),
        help_text=_("Added after the event."),
    )

    content_panels = BasePage.content_panels[:1] + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("date_precision"), FieldPanel("dates_tbc")]),
            ],
            heading=_("Dates"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("place_tbc")]),
                FieldRowPanel([FieldPanel("region"), FieldPanel("country")]),
                FieldPanel("location_note"),
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("attendance"), FieldPanel("online_url")]),
            ],
            heading=_("Place"),
        ),
        FieldRowPanel([FieldPanel("status"), FieldPanel("category")]),
        FieldRowPanel([FieldPanel("organiser"), FieldPanel("external_url")]),
        *BasePage.content_panels[1:],
        FieldPanel("materials"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("venue"),
        index.SearchField("city"),
        index.SearchField("region"),
        # Indexed with the page's language active (see the search app), so in its language.
        index.SearchField("country_name"),
        index.SearchField("organiser"),
        index.FilterField("start_date"),
        index.FilterField("last_day"),
    ]
    # A country code is data, not text to translate.
    override_translatable_fields = [SynchronizedField("country")]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start_date and self.date_precision != Precision.DAY and self.end_date:
            raise ValidationError({"end_date": _("An end date needs dates known to the day.")})
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date is before the start date.")})
        if self.attendance != Attendance.IN_PERSON and not self.online_url:
            raise ValidationError({"online_url": _("Give the link to attend online.")})

    def save(self, *args, **kwargs):
        if self.date_precision != Precision.DAY:
            self.end_date = None
        self.start_date = normalise_start(self.start_date, self.date_precision)
        self.last_day = last_day(self.start_date, self.end_date, self.date_precision)
        return super().save(*args, **kwargs)

    @property
    def dates_display(self):
        return format_event_dates(
            self.start_date, self.end_date, self.date_precision, self.dates_tbc, self.is_past
        )

    @property
    def is_past(self):
        """Over once its last possible day is (an unconfirmed one too)."""
        return self.last_day is not None and self.last_day < timezone.localdate()

    def country_name(self):
        return str(self.country.name) if self.country else ""

    @property
    def search_result_date(self):
        return self.dates_display

    @property
    def start_iso(self):
        return iso_date(self.start_date, self.date_precision)

    @property
    def in_calendars(self):
        """Only events known to the day go in calendars: a calendar cannot hold "February"."""
        return self.date_precision == Precision.DAY

    @property
    def is_online(self):
        return self.attendance != Attendance.IN_PERSON or self.status == Status.MOVED_ONLINE

    def place_parts(self):
        """City, region and country as known, e.g. ["Ordos", "Inner Mongolia", "China"]."""
        parts = [self.city if self.city else ""]
        if self.place_tbc and not self.city:
            unconfirmed = _("Place not confirmed") if self.is_past else _("Place to be confirmed")
            parts = [str(unconfirmed)]
        parts += [self.region, self.country.name if self.country else ""]
        return [part for part in parts if part]

    @property
    def place_display(self):
        text = ", ".join(self.place_parts())
        if self.location_note:
            text = f"{text} ({self.location_note})" if text else self.location_note
        return text

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["index"] = self.get_parent()
        context["json_ld"] = event_json_ld(self, request)
        # A synchronised copy points at the English category: show the reader's language's.
        context["category"] = self.category.localized if self.category else None
        return context

    @path("ical/", name="ics")
    def ics(self, request):
        if not self.in_calendars:
            raise Http404
        return calendar.event_response(self, request)
