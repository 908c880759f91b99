"""The About section's pages (governance, reference criteria, research programme) and the
timeline of the About page, from `site/content/about.json`, translated into French and Spanish
from `site/content/translations/<lang>/about.po`."""

from wagtail.models import Locale

from sitewide.content_loading import (
    ensure_child,
    loader,
    read_content,
    refresh,
    synchronise_trees,
    translate_all,
)

from .models import AboutPage, CriteriaPage, GovernancePage, ResearchProgrammePage


def stream_data(body):
    """A stream's blocks as type and value, without the block ids, for comparing contents."""
    return [{"type": block["type"], "value": block["value"]} for block in body.raw_data]


def normalised(model, field_name, raw):
    """The stream's raw data as Wagtail stores it, list items with ids: wagtail-localize only
    extracts the text of list items stored that way."""
    value = model._meta.get_field(field_name).stream_block.to_python(raw)
    list(value)  # turns the lazy raw data into blocks, which give ids to list items
    return value.get_prep_value()


def update_about_body(about, new_body, log):
    """Swap the foundation's list of deliverables for the timeline, and bring the timeline up
    to date later, but only while nobody edited the page (sitewide's `refresh`)."""
    original = next(p for p in read_content("home.json")["pages"] if p["slug"] == "about")
    body = normalised(AboutPage, "body", new_body)
    if stream_data(about.body) != original["body"]:
        return refresh(about, {"body": body}, log)
    about.body = body
    about.save_revision().publish()
    log("  + About: the deliverables since 2016 are now a timeline")
    return about


def resolve_links(pillars, parent):
    """Links given as a sibling page's slug become page links, so they follow translations."""
    for pillar in pillars:
        for link in pillar["value"]["links"]:
            slug = link.pop("page", None)
            if slug:
                link["page"] = parent.get_children().get(slug=slug).pk
            link.setdefault("page", None)
            link.setdefault("url", "")
    return pillars


def ensure_page(parent, model, data, log, streams):
    data = dict(data)
    draft = dict(data.pop("awaiting_approval", {}))
    for fields in (data, draft):
        for name in streams:
            if name in fields:
                fields[name] = normalised(model, name, fields[name])
    return ensure_child(parent, model, data.pop("slug"), log, awaiting_approval=draft, **data)[0]


@loader(after=["home"])
def load(log):
    content = read_content("about.json")
    log("About section")
    about = AboutPage.objects.filter(depth=3, slug="about", locale=Locale.get_default()).first()
    if about is None:
        log("  ! no About page to build on")
        return
    pages = [
        update_about_body(about, content["about_body"], log),
        ensure_page(about, GovernancePage, content["governance"], log, ["bodies"]),
        ensure_page(about, CriteriaPage, content["criteria"], log, ["dimensions"]),
    ]
    research = dict(content["research"])
    research["pillars"] = resolve_links(research["pillars"], about)
    research["awaiting_approval"] = {
        "pillars": resolve_links(research["awaiting_approval"]["pillars"], about)
    }
    pages.append(ensure_page(about, ResearchProgrammePage, research, log, ["pillars"]))
    synchronise_trees()
    log("Translations of the About section")
    translate_all(pages, "about", log)
