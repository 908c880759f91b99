"""The admin's page search looks in the user's own language first (a translator's language,
English for everyone else), with the other languages and all of them one click away."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from wagtail.admin.views.pages.search import SearchView, page_filter_search
from wagtail.models import Locale, Page

from .roles import translator_language

ALL = "all"


class OwnLanguageSearchView(SearchView):
    model = Page
    results_template_name = "editorial/page_search_results.html"

    def get(self, request):
        codes = [code for code, _name in settings.LANGUAGES]
        default = translator_language(request.user) or settings.LANGUAGE_CODE
        asked = request.GET.get("locale")
        self.language = asked if asked in codes + [ALL] else default
        return super().get(request)

    def get_queryset(self):
        # Wagtail's own, with the pages narrowed to one language before the search, so the
        # counts and page-type facets are that language's too.
        self.all_pages = Page.objects.all()
        if self.language != ALL:
            locale = Locale.objects.filter(language_code=self.language).first()
            self.all_pages = self.all_pages.filter(locale=locale)
        if getattr(settings, "WAGTAILADMIN_PAGE_SEARCH_FILTER_BY_PERMISSIONS", True):
            explorable = self.permission_policy.explorable_instances(self.request.user)
            self.all_pages = self.all_pages.filter(pk__in=explorable.values_list("pk", flat=True))
        pages = self.all_pages.select_related("locale")
        if self.ordering:
            pages = pages.order_by(self.ordering)
        if self.selected_content_type:
            pages = pages.filter(content_type=self.selected_content_type)
        pages = self.annotate_queryset(pages)
        pages, self.all_pages = page_filter_search(
            self.search_query, pages, self.all_pages, self.ordering
        )
        if pages.supports_facet:
            self.content_types = [
                (ContentType.objects.get_for_id(content_type_id), count)
                for content_type_id, count in self.all_pages.facet("content_type_id").items()
            ]
        return pages

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["languages"] = [
            (code, capfirst(get_language_info(code)["name_local"]))
            for code, _name in settings.LANGUAGES
        ] + [(ALL, None)]
        context["current_language"] = self.language
        return context
