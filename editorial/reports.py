"""Reports › Broken links: what the last `check_links` run found broken, per page and language."""

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, LocaleColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from .models import LinkCheck
from .roles import EDITORS, MODERATORS, group_names


def can_see_link_report(user):
    return user.is_superuser or bool({EDITORS, MODERATORS} & group_names(user))


class BrokenLinksFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    internal = django_filters.BooleanFilter(
        label=_("On this site"),
        widget=django_filters.widgets.BooleanWidget(),
    )

    class Meta:
        model = LinkCheck
        fields = ["language", "internal"]


class ProblemColumn(Column):
    def get_value(self, instance):
        problem = instance.get_problem_display()
        return f"{problem} ({instance.status})" if instance.status else problem


class BrokenLinksView(ReportView):
    page_title = _("Broken links")
    header_icon = "warning"
    index_url_name = "editorial_broken_links"
    index_results_url_name = "editorial_broken_links_results"
    filterset_class = BrokenLinksFilterSet
    model = LinkCheck
    list_export = ["page.title", "language", "url", "problem", "status", "checked_at"]
    export_headings = {"page.title": _("Page")}
    columns = [
        TitleColumn(
            "page",
            label=_("Page"),
            accessor="page.get_admin_display_title",
            url_name="wagtailadmin_pages:edit",
            id_accessor="page_id",
        ),
        LocaleColumn(accessor="page.locale_id", label=_("Language"), sort_key=None),
        Column("url", label=_("Link")),
        ProblemColumn("problem", label=_("Problem")),
        DateColumn("checked_at", label=_("Last checked")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not can_see_link_report(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return (
            LinkCheck.objects.exclude(problem="")
            .select_related("page")
            .order_by("page__path", "language", "url")
        )


class BrokenLinksMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_link_report(request.user)
