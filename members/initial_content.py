"""The platform's pages (About us with the seed's welcome text, Help & support with the form to
the Secretariat) under a private root, from `site/content/members.json`, in EN/FR/ES."""

from wagtail.models import Locale, PageViewRestriction

from home.models import HomePage
from sitewide.content_loading import (
    ensure_child,
    loader,
    read_content,
    synchronise_trees,
    translate_all,
)

from .models import PlatformIndexPage, PlatformPage
from .onboarding import members_group


@loader(after=["home"])
def load(log):
    content = read_content("members.json")
    home = HomePage.objects.get(locale=Locale.get_default())
    log("Collaborative platform")
    members_group()
    root, _created = ensure_child(home, PlatformIndexPage, log=log, **content["platform"])
    if not root.view_restrictions.exists():
        # Members only; wagtail-localize copies the restriction to the translations.
        PageViewRestriction.objects.create(page=root, restriction_type=PageViewRestriction.LOGIN)
        log("  + restricted to signed-in members")
    pages = [root]
    pages += [
        ensure_child(root, PlatformPage, log=log, **content[key])[0] for key in ("about", "help")
    ]
    synchronise_trees()
    log("Translations of the platform's pages")
    translate_all(pages, "members", log)
