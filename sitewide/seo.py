"""Site-wide search engine support: the multilingual sitemap and robots.txt."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.http import HttpResponse, HttpResponseRedirect
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Locale, Page


class MultilingualSitemap(Sitemap):
    """Every live, public page of the site in every language, each with hreflang links to its
    translations and an x-default pointing at the source language.

    Synchronised copies of untranslated pages (aliases) are left out: they repeat their
    source's text, and their canonical link points at the source, which is listed.
    """

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key).only("path")
        in_site = Q()
        for localized_root in roots:
            in_site |= Q(path__startswith=localized_root.path)
        return (
            Page.objects.filter(in_site)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = []
        last_mods = set()
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        pages = [(item, item.get_full_url(self.request)) for item in self.items()]
        translations = defaultdict(dict)
        for item, location in pages:
            translations[item.translation_key][languages[item.locale_id]] = location
        on_this_page = {item.pk for item in self.paginator.page(page).object_list}
        for item, location in pages:
            if item.pk not in on_this_page:
                continue
            alternates = self._alternates(translations[item.translation_key])
            for url_info in item.get_sitemap_urls(self.request):
                if url_info.get("location") == location:
                    url_info["alternates"] = alternates
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    @staticmethod
    def _alternates(locations):
        if len(locations) < 2:
            return []
        alternates = [
            {"lang_code": code, "location": locations[code]}
            for code, _name in settings.LANGUAGES
            if code in locations
        ]
        if settings.LANGUAGE_CODE in locations:
            alternates.append(
                {"lang_code": "x-default", "location": locations[settings.LANGUAGE_CODE]}
            )
        return alternates


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": MultilingualSitemap})


@require_GET
@cache_control(public=True, max_age=60 * 60 * 24)
def root_icon(request, name):
    """/favicon.ico and /apple-touch-icon.png, which browsers ask for at the site's root
    whatever the page says: sent on to the static file (hashed, cached for long)."""
    return HttpResponseRedirect(static(f"img/{name}"))


@require_GET
@cache_control(public=True, max_age=60 * 60 * 24)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
