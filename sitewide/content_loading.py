"""Helpers for the initial content: each app's `initial_content.py` registers a loader here.

`manage.py load_initial_content` imports those modules and runs the loaders, each after the
apps it declares it builds on (`@loader(after=["home"])`: home makes the locales and the page
tree's roots). Loaders must be idempotent: they look pages up by slug and create what is
missing.

A database loaded by an earlier version gets the corrections made to site/content since, on
the pages nobody has touched in the admin: a page every revision of which the loader made (no
person ever saved it) is updated to the content's text, its draft awaiting approval too, and
its French and Spanish pages take the catalogs' corrections unless a translator edited them.
Pages someone saved are left as they are and logged ("!") with the fields that differ;
`manage.py content_differences` lists them without changing anything.
"""

import graphlib
import html
import json

import polib
from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    LocaleSynchronization,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.synctree import synchronize_tree

CONTENT_DIR = settings.BASE_DIR / "site" / "content"

_loaders = {}  # app label -> (loader, the app labels it runs after)


def loader(*, after=()):
    """Register the loader of the app whose `initial_content` module it is in; it is called
    with a `log(message)` function once the loaders of the apps in `after` have run."""

    def register(func):
        _loaders[func.__module__.split(".")[0]] = (func, tuple(after))
        return func

    return register


def registered_loaders():
    """The loaders in an order that honours every `after`; among loaders free to run at the
    same time, INSTALLED_APPS order, so each run builds the site the same way."""
    sorter = graphlib.TopologicalSorter()
    for label, (_func, after) in _loaders.items():
        missing = set(after) - set(_loaders)
        if missing:
            raise LookupError(f"{label}'s initial content runs after {missing}, which has none")
        sorter.add(label, *after)
    apps = [app.split(".")[0] for app in settings.INSTALLED_APPS]
    ordered = []
    sorter.prepare()
    while sorter.is_active():
        ready = sorted(sorter.get_ready(), key=apps.index)
        ordered += ready
        sorter.done(*ready)
    return [_loaders[label][0] for label in ordered]


def read_content(name):
    with open(CONTENT_DIR / name, encoding="utf-8") as f:
        return json.load(f)


def read_catalog(name, language_code):
    """English source text -> translation, from `site/content/translations/<lang>/<name>.po`."""
    path = CONTENT_DIR / "translations" / language_code / f"{name}.po"
    if not path.exists():
        return {}
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(path)) if entry.msgstr}


def ensure_locales():
    """The source locale and its translations, kept in sync from the source by wagtail-localize."""
    source, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    locales = {source.language_code: source}
    for code, _name in settings.LANGUAGES:
        if code == source.language_code:
            continue
        locale, _ = Locale.objects.get_or_create(language_code=code)
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})
        locales[code] = locale
    return locales


def synchronise_trees():
    """Give every translated tree an alias of each source page not translated yet."""
    source = Locale.get_default()
    for sync in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        synchronize_tree(sync.sync_from, sync.locale)
    return source


def ensure_child(parent, model, slug, log, awaiting_approval=None, set_once=(), **fields):
    """The child page of `parent` with `slug`, created and published if missing.

    `awaiting_approval` holds fields whose text nobody at the Initiative has approved yet
    (prose written for the site, not in the client's presentation): they are saved as a
    draft revision over the published page, for the Executive Secretariat to review and
    publish, never published by the loader. `set_once` names fields given only for the page's
    creation, which another loader takes over (About's body becomes its timeline).
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        kept = {name: value for name, value in fields.items() if name not in set_once}
        return refresh(existing.specific, kept, log, awaiting_approval), False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    log(f"  + {page.title} created")
    if awaiting_approval:
        page = save_draft(page, awaiting_approval, log)
    return page, True


def _comparable(value):
    """A StreamField's raw data without its blocks' ids, which differ at every load."""
    if isinstance(value, dict):
        return {key: _comparable(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list | tuple):
        return [_comparable(item) for item in value]
    return value


def differences(page, fields):
    """The names of the `fields` (as a loader gives them) whose value `page` does not have."""
    model = type(page)
    loaded = model(**fields)
    changed = []
    for name in fields:
        field = model._meta.get_field(name)
        if field.many_to_many:
            current, wanted = set(getattr(page, name).all()), set(getattr(loaded, name).all())
        elif field.is_relation:
            current, wanted = getattr(page, field.attname), getattr(loaded, field.attname)
        else:
            current, wanted = (
                _comparable(field.get_prep_value(field.value_from_object(obj)))
                for obj in (page, loaded)
            )
        if current != wanted:
            changed.append(name)
    return changed


def saved_by_a_person(page):
    """Whether anyone saved a revision of `page` (the loader's and wagtail-localize's own
    have no user)."""
    return page.revisions.exclude(user=None).exists()


def refresh(page, fields, log, awaiting_approval=None):
    """Bring a page the loader made earlier up to the content's `fields` (published) and
    `awaiting_approval` (its draft), unless someone saved it since; returns the live page."""
    fields = {name: value for name, value in fields.items() if name != "slug"}
    live = differences(page, fields)
    draft = (
        differences(page.get_latest_revision_as_object(), awaiting_approval)
        if awaiting_approval
        else []
    )
    if not live and not draft:
        log(f"  = {page.title} ({page.url_path}) already exists")
        return page
    if saved_by_a_person(page):
        log(
            f"  ! {page.title} ({page.url_path}) was edited in the admin: kept as it is, "
            f"although site/content differs in {', '.join(sorted({*live, *draft}))}"
        )
        return page
    if live:
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()
        # Its translations are brought up to date by translate_object.
        page.refreshed_from_content = True
        log(f"  ~ {page.title} updated from site/content ({', '.join(live)})")
    if awaiting_approval:
        page = save_draft(page, awaiting_approval, log)
        page.refreshed_from_content = bool(live)
    return page


def save_draft(page, fields, log):
    """Save `fields` as a draft revision of the live `page`; return the page as published,
    which is what translations are made from."""
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(log_action=True)
    log(f"  + {page.title}: text awaiting the Secretariat's approval saved as a draft")
    return type(page).objects.get(pk=page.pk)


def catalog_translation(catalog, msgid):
    """The catalog's translation of a wagtail-localize string, or "".

    wagtail-localize keeps strings as HTML ("News &amp; resources") while the catalogs are
    written as plain text ("News & resources"), so both spellings are looked up.
    """
    if msgid in catalog:
        return catalog[msgid]
    plain = catalog.get(html.unescape(msgid))
    return html.escape(plain, quote=False) if plain else ""


def translate_object(obj, language_code, catalog, log):
    """Translate a page or snippet with wagtail-localize and publish it, unless already done.

    Goes through a PO file, the path translators use: export the strings, fill in the
    catalog's translations, import. Strings missing from the catalog fall back to English.
    """
    locale = Locale.objects.get(language_code=language_code)
    existing = obj.get_translations().filter(locale=locale).first()
    if existing is not None and getattr(existing, "alias_of_id", None) is None:
        return update_translation(obj, existing, locale, catalog, log)
    source, created = TranslationSource.get_or_create_from_instance(obj)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    missing = import_catalog(translation, catalog)
    note = f" ({missing} strings left in English)" if missing else ""
    log(f"  + {obj} [{language_code}] translated and published{note}")
    return obj.get_translation(locale)


def import_catalog(translation, catalog):
    """Fill the translation in from the catalog and publish it; returns how many strings the
    catalog lacks."""
    po = translation.export_po()
    missing = 0
    for entry in po:
        entry.msgstr = catalog_translation(catalog, entry.msgid) or entry.msgstr
        missing += not entry.msgstr
    translation.import_po(po, tool_name="Initial content")
    translation.save_target(publish=True)
    return missing


def update_translation(obj, existing, locale, catalog, log):
    """An existing translation takes its source's corrections (refresh) and its catalog's,
    unless a translator worked on it (a revision or a string of theirs)."""
    label = f"{obj} [{locale.language_code}]"
    translation = Translation.objects.filter(
        source__object_id=obj.translation_key, target_locale=locale
    ).first()
    revisions = getattr(existing, "revisions", None)
    if translation is None or revisions is None:  # made otherwise, or a snippet: left alone
        log(f"  = {label} already translated")
        return existing
    refreshed = getattr(obj, "refreshed_from_content", False)
    corrected = [
        entry.msgid
        for entry in translation.export_po()
        if (wanted := catalog_translation(catalog, entry.msgid)) and wanted != entry.msgstr
    ]
    if not refreshed and not corrected:
        log(f"  = {label} already translated")
        return existing
    by_a_translator = StringTranslation.objects.filter(
        locale=locale,
        translation_of__segments__source=translation.source,
        last_translated_by__isnull=False,
    )
    if revisions.exclude(user=None).exists() or by_a_translator.exists():
        log(f"  ! {label} was edited by a translator: kept as it is")
        return existing
    if refreshed:
        translation.source.update_from_db()
    import_catalog(translation, catalog)
    log(f"  ~ {label} updated from site/content")
    return obj.get_translation(locale)


def translate_all(objects, catalog_name, log):
    """Translate each object into every language but the default one, with the strings of
    `translations/<lang>/<catalog_name>.po`, in the order given (parent pages first)."""
    default = Locale.get_default().language_code
    for code, _name in settings.LANGUAGES:
        if code != default:
            catalog = read_catalog(catalog_name, code)
            for obj in objects:
                translate_object(obj, code, catalog, log)


def section_page(slug, what, log):
    """The default language's section landing page `slug` a section's pages go under; None,
    logged, when the site has no such page, so the section's loader skips instead of failing."""
    section = Page.objects.filter(depth=3, slug=slug, locale=Locale.get_default()).first()
    if section is None:
        log(f"  ! no '{slug}' page to put the {what} in; skipped")
    return section


def root_page():
    return Page.get_first_root_node()
