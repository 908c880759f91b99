"""The directory page: the organisations of the active language, filtered, counted and exported."""

import csv

from django.db.models import Count
from django.http import HttpResponse, JsonResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from home.listing import choice_param, paginate, querystring_without

from .directory import College, Organisation, Status
from .pages import BasePage

EXPORT_COLUMNS = [
    "name",
    "college",
    "college_label",
    "status",
    "status_label",
    "country",
    "country_name",
    "year_joined",
    "website",
]


def selected_filters(request):
    """The valid filters of the query string; junk values are ignored."""
    return {
        "college": choice_param(request, "college", College.values),
        "status": choice_param(request, "status", Status.values),
        "country": choice_param(request, "country", [country.code for country in countries]),
    }


def apply_filters(queryset, filters, skip=None):
    for name, value in filters.items():
        if value and name != skip:
            queryset = queryset.filter(**{name: value})
    return queryset


def facet_counts(base, filters, name):
    """How many organisations each value of `name` would give, with the other filters kept:
    one grouped query per facet, whatever the number of organisations."""
    rows = (
        apply_filters(base, filters, skip=name).order_by().values_list(name).annotate(n=Count("pk"))
    )
    return dict(rows)


def facets(base, filters):
    colleges = facet_counts(base, filters, "college")
    statuses = facet_counts(base, filters, "status")
    country_counts = facet_counts(base, filters, "country")
    country_codes = {code for code in country_counts if code}
    if filters["country"]:
        country_codes.add(filters["country"])

    def options(name, choices, counts):
        return [
            {
                "value": value,
                "label": label,
                "count": counts.get(value, 0),
                "selected": filters[name] == value,
            }
            for value, label in choices
        ]

    country_choices = sorted(
        ((code, countries.name(code)) for code in country_codes), key=lambda c: c[1]
    )
    return [
        {
            "name": "college",
            "label": _("College"),
            "options": options("college", College.choices, colleges),
        },
        {
            "name": "status",
            "label": _("Status"),
            "options": options("status", Status.choices, statuses),
        },
        {
            "name": "country",
            "label": _("Country"),
            "options": options("country", country_choices, country_counts),
        },
    ]


def export_rows(organisations):
    for org in organisations:
        yield {
            "name": org.name,
            "college": org.college,
            "college_label": str(org.get_college_display()),
            "status": org.status,
            "status_label": str(org.get_status_display()),
            "country": org.country.code or "",
            "country_name": str(org.country.name) if org.country else "",
            "year_joined": org.year_joined,
            "website": org.website,
        }


class DirectoryPage(BasePage):
    """Lists the organisations, filtered by college, status and country, with an open-data
    export (`?format=csv` or `?format=json`) of the filtered list."""

    template = "pages/involved/directory_page.html"
    parent_page_types = ["home.ContentPage"]
    subpage_types = []
    max_count_per_parent = 1
    per_page = 24

    class Meta:
        verbose_name = _("members and partners directory")

    def organisations(self):
        return Organisation.for_active_language()

    def serve(self, request, *args, **kwargs):
        export_format = request.GET.get("format")
        if export_format in ("csv", "json"):
            return self.export(request, export_format)
        return super().serve(request, *args, **kwargs)

    def export(self, request, export_format):
        filters = selected_filters(request)
        rows = export_rows(apply_filters(self.organisations(), filters))
        filename = f"organisations-{get_language()}.{export_format}"
        if export_format == "json":
            response = JsonResponse(
                {"organisations": list(rows)}, json_dumps_params={"ensure_ascii": False}
            )
        else:
            response = HttpResponse(content_type="text/csv; charset=utf-8")
            writer = csv.DictWriter(response, fieldnames=EXPORT_COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        base = self.organisations()
        filters = selected_filters(request)
        results = (
            apply_filters(base, filters).select_related("logo").prefetch_related("logo__renditions")
        )
        page_obj = paginate(request, results, self.per_page)
        export_query = querystring_without(request, "page", "format")
        context.update(
            page_obj=page_obj,
            organisations=page_obj.object_list,
            facets=facets(base, filters),
            filtered=any(filters.values()),
            querystring=querystring_without(request, "page"),
            export_query=export_query,
        )
        return context
