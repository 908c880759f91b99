"""The admin speaks the user's language, as a browser shows it: a French and a Spanish translator
and a French moderator walk the admin pages the admin links to for them, and no text they see
(what React draws included: the sidebar, the page editor, the translation editor) is an English
interface string of the project's, Wagtail's, wagtail-localize's or Django's catalogs, nor a
string of the other interface language."""

import contextlib
import functools
import json
import pprint
import re
from pathlib import Path
from urllib.parse import urlsplit

import django
import polib
import pytest
import wagtail
import wagtail_localize
from django.conf import settings
from django.test import Client
from django.urls import Resolver404, resolve, reverse
from django.utils.html import strip_tags
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision, Site, Task, Workflow
from wagtail.snippets.models import get_snippet_models
from wagtail.users.models import UserProfile
from wagtail_localize.models import String, StringTranslation, Translation, TranslationSource

from tests.editorial.editing import enter_strings
from tests.editorial.factories import UserFactory

pytestmark = pytest.mark.browser

PLACEHOLDER = re.compile(r"%\((\w+)\)([sdifr])|%([sdif])|\{(\w*)\}")
NUMBER = re.compile(r"count|counter|num|total|number")
LETTERS = re.compile(r"[A-Za-z]{2}")


def catalog_files(language):
    """Every catalog in `language` whose strings the admin may show: the project's (not the
    content's translations, in site/content) and its dependencies'."""
    for package in (wagtail, wagtail_localize, django):
        yield from sorted(Path(package.__file__).parent.rglob(f"locale/{language}/**/*.po"))
    for directory in [*settings.LOCALE_PATHS, *Path(settings.BASE_DIR).glob("*/locale")]:
        yield from sorted(Path(directory).glob(f"{language}/LC_MESSAGES/*.po"))


@functools.cache
def entries(language):
    return [
        entry
        for path in catalog_files(language)
        for entry in polib.pofile(str(path))
        if not entry.obsolete and "fuzzy" not in entry.flags
    ]


def visible(msgid):
    return " ".join(strip_tags(msgid.replace("%%", "%")).split())


def literal(text):
    return LETTERS.search(text) is not None


class Catalog:
    """The interface strings that give away a language other than the user's: the English
    msgids, and the other interface language's translations. One that is also a string of the
    user's language (its own or another msgid's translation: "Action", "Documents") proves
    nothing and is left out."""

    def __init__(self, language):
        msgids = set()
        # A catalog lists only what is translated into its language: the English ones, and
        # the other languages', list the rest.
        translations = {"en": set(), "fr": set(), "es": set()}
        for other in translations:
            for entry in entries(other):
                msgids.update(visible(m) for m in (entry.msgid, entry.msgid_plural) if m)
                forms = [entry.msgstr, *entry.msgstr_plural.values()]
                translations[other].update(visible(f).casefold() for f in forms if f)
        own = translations[language]
        self.exact, self.patterns, self.sentences = {}, [], []
        for text in msgids:
            if not literal(text) or text.casefold() in own:
                continue
            chunks = PLACEHOLDER.split(text)[::5]
            if len(chunks) == 1:
                self.exact[text.casefold()] = text
            elif any(literal(chunk) for chunk in chunks):
                self.patterns.append((max(chunks, key=len).strip().casefold(), pattern(text), text))
            for chunk in chunks:
                chunk = chunk.strip(" .:;,()")
                # A sentence of four words or more gives itself away inside a longer line.
                if len(chunk.split()) >= 4 and chunk.casefold() not in own:
                    self.sentences.append(chunk.casefold())
        foreign = translations["es" if language == "fr" else "fr"] - own
        for text in foreign:
            if len(text.split()) >= 2 and not PLACEHOLDER.search(text):
                self.exact.setdefault(text, text)

    def strings(self, unit):
        """The strings of another language that `unit` (a line or cell of visible text) shows."""
        folded = unit.casefold()
        found = {self.exact[folded]} if folded in self.exact else set()
        for key, regex, msgid in self.patterns:
            if key in folded and regex.fullmatch(unit):
                found.add(msgid)
        for sentence in self.sentences:
            if sentence in folded and re.search(rf"\b{re.escape(sentence)}\b", folded):
                found.add(sentence)
        return found


def pattern(text):
    """`text` with its placeholders as wildcards: a count stands for a number, and so does
    any placeholder of a string with fewer than three words of its own ("%(action)s by %(who)s
    at %(at)s" would take any line with "by" and "at" in it)."""
    parts = PLACEHOLDER.split(text)
    words = sum(len(chunk.split()) for chunk in parts[::5] if literal(chunk))
    regex = ""
    for index in range(0, len(parts), 5):
        regex += re.escape(parts[index])
        if index + 1 < len(parts):
            name, kind = parts[index + 1] or parts[index + 4] or "", parts[index + 2]
            numeric = kind == "d" or parts[index + 3] == "d" or NUMBER.search(name)
            regex += r"[\d\s.,\u202f\xa0]+" if numeric or words < 3 else ".+?"
    return re.compile(regex, re.I)


def texts_in(value):
    """Every text of a revision's content (StreamField blocks are JSON inside it)."""
    if isinstance(value, str) and value[:1] in "[{":
        with contextlib.suppress(ValueError):
            value = json.loads(value)
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [text for item in value for text in texts_in(item)]
    return [value] if isinstance(value, str) else []


def content_text():
    """The content's own words, which the admin shows as they were typed: titles and names,
    what the pages' revisions hold (the page editor shows its blocks' headings), the source
    segments the translation editor lists and the names wagtail-localize keeps."""
    names = texts_in(list(Revision.objects.values_list("content", flat=True)))
    names += Page.objects.values_list("title", flat=True)
    names += Page.objects.values_list("draft_title", flat=True)
    names += String.objects.values_list("data", flat=True)
    names += StringTranslation.objects.values_list("data", flat=True)
    names += TranslationSource.objects.values_list("object_repr", flat=True)
    names += Collection.objects.values_list("name", flat=True)
    names += Site.objects.values_list("site_name", flat=True)
    names += Workflow.objects.values_list("name", flat=True)
    names += Task.objects.values_list("name", flat=True)
    names += get_document_model().objects.values_list("title", flat=True)
    names += get_image_model().objects.values_list("title", flat=True)
    for model in get_snippet_models():
        names += map(str, model.objects.all())
    # Language switchers and locale labels name each language in itself ("English").
    names += [name for _code, name in settings.LANGUAGES]
    return {" ".join(strip_tags(name).split()).casefold() for name in names}


def is_content(unit, content):
    folded = unit.casefold()
    # wagtail-localize's report adds the locale to the name: "About (English)".
    return folded in content or re.sub(r"\s*\([^()]*\)$", "", folded) in content


# What the walker reads: the visible text, the links and buttons of menus not opened (their
# text is there, hidden until opened), and where to go next.
READ_PAGE = """() => ({
    texts: [
        document.body.innerText,
        ...[...document.querySelectorAll('a, button, [role=menuitem]')]
            .filter((el) => !el.closest('template') && !el.checkVisibility())
            .map((el) => el.textContent),
    ],
    links: [...document.querySelectorAll('a[href]')].map((a) => a.href),
})"""
SETTLED = "new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"


def units(texts):
    for text in texts:
        for unit in re.split(r"[\n\t]", text):
            if unit := " ".join(unit.split()):
                yield unit


# Links not followed: they act (sign out, delete, unpublish, convert, stop, revert) rather
# than show a page, or download a file.
ACTING = re.compile(
    r"logout|delete|unpublish|convert|disable|stop|revert|unschedule|(^|[:_])(un)?lock|"
    r"workflow_action|cancel|preview|export|download|csv|_json|api"
)
PER_PAGE = {"wagtailadmin_pages:edit", "wagtailadmin_explore"}


def view_key(path):
    """One visit per view; a page's editor and listing once per language and kind of page
    (a translated page's edit view is the translation editor)."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    if ACTING.search(match.view_name) or ACTING.search(path):
        return None
    if match.view_name in PER_PAGE:
        page_id = match.kwargs.get("page_id") or match.kwargs.get("parent_page_id")
        page = Page.objects.filter(pk=page_id).first()
        return (match.view_name, page and page.locale_id, page and page.depth > 2)
    return (match.view_name,)


def walk(context, server, start, catalog, content):
    """Visit what the admin links to, from `start`, once per view: the views visited, and
    {path: strings of another language}."""
    page = context.new_page()
    host = urlsplit(server).netloc
    found, seen, queue, visited = {}, set(), list(start), []
    while queue:
        parts = urlsplit(queue.pop(0))
        key = view_key(parts.path)
        if key is None or key in seen:
            continue
        seen.add(key)
        response = page.goto(f"{server}{parts.path}?{parts.query}")
        if not response.ok or "text/html" not in response.headers.get("content-type", ""):
            continue
        page.evaluate(SETTLED)
        visited.append(key)
        read = page.evaluate(READ_PAGE)
        strings = set()
        for unit in units(read["texts"]):
            if not is_content(unit, content):
                strings |= catalog.strings(unit)
        if strings:
            found[parts.path] = sorted(strings)
        for link in read["links"]:
            link = urlsplit(link)
            if link.netloc == host and link.path.startswith("/admin/"):
                queue.append(link.geturl())
    page.close()
    return visited, found


def prepare(users):
    """Something in every state the screens show: the French About in review, whose English
    then changed; the Spanish About sent back with a comment."""
    client = Client()
    about = Page.objects.get(locale__language_code="en", url_path__endswith="/about/").specific
    made = {}
    for language, title in (("fr", "À propos"), ("es", "Acerca")):
        made[language] = Translation.objects.get(
            source__object_id=about.translation_key, target_locale__language_code=language
        )
        client.force_login(users[language])
        enter_strings(client, made[language], {"About": title})
        client.post(reverse("editorial_submit_for_review", args=[made[language].pk]))
    spanish = made["es"].get_target_instance()
    spanish.current_workflow_state.current_task_state.specific.reject(
        user=users["moderator"], comment="Por favor, acorte el título."
    )
    about.intro += " It was launched at COP 21."
    about.save_revision(user=users["moderator"]).publish()
    return made


def signed_in(browser, server, user, language):
    """A browser in English (the interface comes from the profile, not the browser) with
    the user's session."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": server}])
    return context


def screens(made, language, moderator):
    """What each of them must have seen, whatever else the admin links to: the dashboard, the
    page explorer, the translation editor and the sync of the page in review, its workflow
    history, the Translations board and report, the workflows report, the snippets, their
    account; and for a moderator the launch checklist and the broken links."""
    page = made[language].get_target_instance()
    paths = {
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[page.get_parent().pk]),
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[page.pk]),
        reverse("wagtail_localize:update_translations", args=[made[language].source_id]),
        reverse("editorial_translations"),
        reverse("wagtail_localize:translations_report"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailsnippets:index"),
        reverse("wagtailadmin_account"),
    }
    if moderator:
        paths |= {reverse("editorial_launch_checklist"), reverse("editorial_broken_links")}
    return {view_key(path) for path in paths}


def test_translators_and_moderators_see_their_own_language_only(
    browser, live_server, initial_content_to_change
):
    users = {
        "fr": UserFactory(username="traductrice", groups=["French translators"]),
        "es": UserFactory(username="traductor", groups=["Spanish translators"]),
        "moderator": UserFactory(username="moderatrice", groups=["Moderators"]),
    }
    made = prepare(users)
    content = content_text()
    found = {}
    catalogs = {language: Catalog(language) for language in ("fr", "es")}
    missed = {}
    for role, language in (("fr", "fr"), ("es", "es"), ("moderator", "fr")):
        context = signed_in(browser, live_server.url, users[role], language)
        # From the dashboard, and the translation editor of the page in review.
        editor = reverse("wagtailadmin_pages:edit", args=[made[language].get_target_instance().pk])
        visited, strings = walk(
            context, live_server.url, ["/admin/", editor], catalogs[language], content
        )
        context.close()
        found.update({(role, path): english for path, english in strings.items()})
        missed[role] = screens(made, language, role == "moderator") - set(visited)
    assert found == {}, pprint.pformat(found)
    assert missed == {"fr": set(), "es": set(), "moderator": set()}
