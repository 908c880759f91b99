"""The directory's filters, their counts and its open-data export rows."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from involved.choices import College, Status
from sitewide.listing import FacetedListing, choice_param

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


def filtered_listing(organisations, filters):
    """The organisations with the reader's filters; its counts are kept with the site-wide
    fragments under the filters chosen."""
    chosen = {name: value for name, value in filters.items() if value}
    return FacetedListing(
        organisations,
        {name: Q(**{name: value}) for name, value in chosen.items()},
        name="directory:" + ":".join(f"{name}={value}" for name, value in sorted(chosen.items())),
    )


def facets(listing, filters):
    """Each filter's choices with how many organisations each would give."""
    country_counts = listing.counts("country", "country")
    country_codes = {code for code in country_counts if code}
    if filters["country"]:
        country_codes.add(filters["country"])
    country_choices = sorted(
        ((code, countries.name(code)) for code in country_codes), key=lambda c: c[1]
    )

    def facet(name, label, choices, counts):
        options = [
            {
                "value": value,
                "label": choice_label,
                "count": counts.get(value, 0),
                "selected": filters[name] == value,
            }
            for value, choice_label in choices
        ]
        return {"name": name, "label": label, "options": options}

    return [
        facet("college", _("College"), College.choices, listing.counts("college", "college")),
        facet("status", _("Status"), Status.choices, listing.counts("status", "status")),
        facet("country", _("Country"), country_choices, country_counts),
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
