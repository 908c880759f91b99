"""The locales, the home page, the section landing pages (About, Get involved, News &
resources) and the footer, from `site/content/home.json`."""

from django.apps import apps
from wagtail.models import Locale, Page, Site

from sitewide.content_loading import (
    ensure_child,
    ensure_locales,
    loader,
    read_content,
    refresh,
    root_page,
    save_draft,
    synchronise_trees,
    translate_all,
)

from .models import FooterText, HomePage


def ensure_home(data, log):
    root = root_page()
    data = dict(data)
    draft = data.pop("awaiting_approval", None)
    home = HomePage.objects.filter(depth=2, locale=Locale.get_default()).first()
    if home is not None:
        return refresh(home, data, log, draft)
    # Wagtail's own placeholder page ("Welcome to your new Wagtail site!") makes way for ours.
    for placeholder in root.get_children().exact_type(Page):
        log(f"  - removing placeholder page '{placeholder.title}'")
        placeholder.delete()
    home = HomePage(slug="home", **data)
    root.add_child(instance=home)
    home.save_revision().publish()
    log(f"  + {home.title} created")
    return save_draft(home, draft, log) if draft else home


def ensure_site(home, log):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    if site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "4 per 1000"
        site.save()
        log("  + default site points at the home page")


def ensure_pages(parent, pages, log):
    """Create the pages; return those whose translations come from the home catalog (the
    others are translated by the loader of the section they head, e.g. About)."""
    to_translate = []
    for data in pages:
        data = dict(data)
        children = data.pop("children", [])
        translated_here = data.pop("translated_here", False)
        set_once = data.pop("set_once", ())
        # A section's landing page type is named by its label, so home imports no section.
        model = apps.get_model(data.pop("type", "home.ContentPage"))
        page, _ = ensure_child(parent, model, data.pop("slug"), log, set_once=set_once, **data)
        if translated_here:
            to_translate.append(page)
        to_translate += ensure_pages(page, children, log)
    return to_translate


def ensure_footer(body, log):
    footer = FooterText.objects.filter(locale=Locale.get_default()).first()
    if footer is None:
        footer = FooterText.objects.create(locale=Locale.get_default(), body=body)
        log("  + footer text created")
    return footer


@loader()
def load(log):
    content = read_content("home.json")
    log("Locales")
    locales = ensure_locales()
    log(f"  = {', '.join(sorted(locales))}")
    log("Home page")
    home = ensure_home(content["home"], log)
    ensure_site(home, log)
    log("Pages")
    pages = ensure_pages(home, content["pages"], log)
    footer = ensure_footer(content["footer"], log)
    log("Synchronising the French and Spanish trees")
    synchronise_trees()
    log("Translations of the home page, its sections and the footer")
    translate_all([home, *pages, footer], "home", log)
