"""Shared by every listing page (news, resources, events, directory): tolerant query parameters
and pagination. Junk in the URL (`?page=abc`, `?year=soon`) gives a sensible page, never an error."""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from . import site_fragments


def int_param(request, name, default=None, minimum=None, maximum=None):
    """The query parameter as an int within bounds, or `default` when missing or junk."""
    try:
        value = int(request.GET.get(name, ""))
    except ValueError:
        return default
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        return default
    return value


def choice_param(request, name, choices, default=None):
    """The query parameter if it is one of `choices` (compared as strings), else `default`."""
    value = request.GET.get(name, "")
    return value if value in {str(c) for c in choices} else default


def paginate(request, items, per_page, count=None):
    """The requested page of `items`: page 1 for junk, the last page for numbers past the end.
    A listing that knows how many items it has (from its facet counts) passes `count`, which
    saves the paginator its COUNT query."""
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count
    return paginator.get_page(request.GET.get("page"))


def kept_page(request, listing, ordered, per_page, count, load, order=""):
    """The requested page of `ordered` (a queryset in display order), what it holds kept with
    `listing`'s counts (FacetedListing.cached, per `order` and page number): sorting every
    item is what grows with their number. `load(pks)` reads the page's items by key
    ({pk: item}); an item gone since is left out."""
    page_obj = paginate(request, ordered.values_list("pk", flat=True), per_page, count=count)
    pks = listing.cached(f"page:{order}:{page_obj.number}", lambda: list(page_obj.object_list))
    found = load(pks)
    page_obj.object_list = [found[pk] for pk in pks if pk in found]
    return page_obj


def querystring_without(request, *names):
    """The current query string minus `names` (e.g. "page"), for links that keep the filters."""
    params = request.GET.copy()
    for name in names:
        params.pop(name, None)
    return params.urlencode()


class FacetedListing:
    """Items and the filters a reader chose, each a query condition.

    The counts of one filter's choices are taken with the other filters applied, as faceted
    search does: one grouped query per filter, however many items there are. Given a `name`
    that says which listing and which filters were chosen, they are kept with the site-wide
    fragments (only publishing changes them), so a listing's counts cost no query once warm."""

    def __init__(self, queryset, conditions, name=None):
        self.queryset = queryset
        self.conditions = conditions
        self.name = name

    def cached(self, key, build):
        if self.name is None:
            return build()
        return site_fragments.cached(f"facets:{self.name}:{key}", build)

    def filtered(self, *, ignoring=None):
        queryset = self.queryset
        for name, condition in self.conditions.items():
            if name != ignoring:
                queryset = queryset.filter(condition)
        return queryset.order_by()

    def counts(self, name, field, with_none=False):
        """Value of `field` -> number of items, with every filter but `name` applied; items
        without a value are counted under None if `with_none`."""

        def build():
            rows = self.filtered(ignoring=name).values(field)
            rows = rows.annotate(n=Count("pk", distinct=True))
            return {row[field]: row["n"] for row in rows if with_none or row[field] is not None}

        return self.cached(f"{name}:{field}:{with_none}", build)


class FilterForm(forms.Form):
    """A listing's filters as a form: junk in the query string is ignored, never an error."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def offer(self, name, choices):
        """The field's choices, after "All"."""
        self.fields[name].choices = [("", _("All")), *choices]

    def value(self, name):
        """The cleaned value of one filter, or "" when it is missing or junk."""
        if not self.is_bound:
            return ""
        try:
            return self.fields[name].clean(self.data.get(name, "")) or ""
        except forms.ValidationError:
            return ""

    @property
    def filtered(self):
        return any(self.value(name) for name in self.fields)
