"""Get involved: directory, join form, members' area and contact, from `site/content/involved.json`."""

from wagtail.models import Locale, PageViewRestriction, Site

from home.models import ContentPage, HomePage
from sitewide.content_loading import (
    ensure_child,
    loader,
    read_content,
    synchronise_trees,
    translate_all,
)

from .models import (
    ContactPage,
    DirectoryPage,
    GetInvolvedPage,
    JoinFormPage,
    MembersPage,
    Organisation,
    SecretariatSettings,
)


def ensure_login_required(page, log):
    """Page privacy "login required"; wagtail-localize copies it to the page's translations."""
    if not page.view_restrictions.exists():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
        log(f"  + {page.title} restricted to signed-in members")


def ensure_secretariat(data, log):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    secretariat = SecretariatSettings.for_site(site)
    # The Secretariat's details are entered in the admin: the loader never publishes a
    # placeholder in their place.
    if data.get("postal_address") and not secretariat.postal_address:
        secretariat.postal_address = data["postal_address"]
        secretariat.save()
        log("  + Executive Secretariat postal address")


def ensure_privacy_notice(data, log):
    """The privacy notice under the home page, linked from the footer and the join form."""
    home = HomePage.objects.get(locale=Locale.get_default())
    page, _created = ensure_child(home, ContentPage, log=log, **data)
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        secretariat = SecretariatSettings.for_site(site)
        if secretariat.privacy_page_id is None:
            secretariat.privacy_page = page
            secretariat.save()
            log("  + privacy notice linked from the footer and the join form")
    return page


def ensure_organisations(records, log):
    locale = Locale.get_default()
    organisations = []
    for record in records:
        record = dict(record)
        name = record.pop("name")
        organisation, created = Organisation.objects.get_or_create(
            locale=locale, name=name, defaults=record
        )
        log(f"  {'+' if created else '='} {name}")
        organisations.append(organisation)
    return organisations


@loader(after=["home"])
def load(log):
    content = read_content("involved.json")
    parent = GetInvolvedPage.objects.get(locale=Locale.get_default(), slug=content["parent_slug"])
    log("Get involved pages")
    pages = [
        ensure_child(parent, DirectoryPage, log=log, **content["directory"])[0],
        ensure_child(parent, JoinFormPage, log=log, **content["join"])[0],
    ]
    members, _created = ensure_child(parent, MembersPage, log=log, **content["members"])
    ensure_login_required(members, log)
    pages += [members, ensure_child(parent, ContactPage, log=log, **content["contact"])[0]]
    ensure_secretariat(content["secretariat"], log)
    pages.append(ensure_privacy_notice(content["privacy"], log))
    log("Directory")
    organisations = ensure_organisations(content["organisations"], log)
    log("Synchronising the French and Spanish trees")
    synchronise_trees()
    log("Translations of the Get involved pages and the directory")
    translate_all([*pages, *organisations], "involved", log)
