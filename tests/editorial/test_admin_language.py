"""The admin speaks the user's language: every interface string of the editorial screens and
e-mails has its French and Spanish version, and the admin pages a translator or a moderator
opens with a French or Spanish interface show no English string of the project's catalogs."""

import re

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import trans_real
from wagtail.snippets.models import get_snippet_models
from wagtail.users.models import UserProfile

from home.models import Topic
from involved.models import Organisation
from tests.editorial.catalogs import catalog, source_strings
from tests.editorial.editing import enter_strings, start_translation
from tests.editorial.factories import UserFactory
from tests.involved.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

# What the admin screens of the project show: the editorial app, its overrides of Wagtail's
# admin templates, and the blocks every page editor offers.
ADMIN_SOURCES = ["editorial", "templates/wagtailadmin", "sitewide"]
CATALOGS = ["editorial", "sitewide"]
MONTHS = "January February March April May June July August September October November December"


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_admin_string_has_a_translation(language):
    merged = trans_real.translation(language)._catalog
    missing = [
        msgid
        for msgid in source_strings(*ADMIN_SOURCES)
        if not (merged.get(msgid) or merged.get((msgid, 0)))
    ]
    assert missing == []


def english_strings(language):
    """The project's English msgids that read differently in `language`, as literal chunks
    (placeholders cut out): a whole chunk of three words or more, or a text node equal to a
    shorter one, gives an untranslated string away."""
    long, short = set(), set()
    for root in CATALOGS:
        for msgid, msgstr in catalog(root, language).items():
            if not msgstr or msgstr == msgid:
                continue
            for chunk in re.split(r"%\(\w+\)[sd]|%[sd]|\{\w*\}", msgid.replace("%%", "%")):
                chunk = chunk.strip(" :–-'\"()")
                if not re.search(r"[^\W\d_]", chunk):  # punctuation or figures say nothing
                    continue
                if len(chunk.split()) >= 3:
                    long.add(chunk)
                elif chunk:
                    short.add(chunk)
    return long, short


def visible_text(html):
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "noscript", "template", "textarea"]):
        hidden.decompose()
    return [text.strip() for text in soup.body.find_all(string=True) if text.strip()]


@pytest.fixture
def workload(client, site, users, locales, translate):
    """Something in every state the screens show: a French and a Spanish translation in
    review whose English then changed, a page sent back with a comment, a topic."""
    Topic.objects.create(name="Soil carbon", slug="soil-carbon", locale=locales["en"])
    about = site["about"]
    made = {}
    for language, title in (("fr", "À propos"), ("es", "Acerca")):
        made[language] = start_translation(client, users[language], about, locales[language])
        enter_strings(client, made[language], {"About": title})
        client.post(reverse("editorial_submit_for_review", args=[made[language].pk]))
    about.intro = "The Initiative, launched at COP 21."
    about.save_revision(user=users["moderator"]).publish()
    home = site["home"]
    home.save_revision(user=users["editor"])
    home.get_workflow().start(home, users["editor"])
    home.refresh_from_db()
    home.current_workflow_state.current_task_state.specific.reject(
        user=users["moderator"], comment="Please shorten."
    )
    return made


def screens(site, made, language, role):
    translation_obj = made[language]
    page = translation_obj.get_target_instance()
    other = made["es" if language == "fr" else "fr"]
    urls = [
        reverse("wagtailadmin_home"),
        reverse("editorial_translations"),
        reverse("editorial_translations") + "?state=in_review",
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtail_localize:update_translations", args=[translation_obj.source_id]),
        reverse("wagtailadmin_explore", args=[page.get_parent().pk]),
    ]
    if role == "moderator":
        urls += [
            reverse("wagtailadmin_pages:edit", args=[site["home"].pk]),
            reverse("editorial_broken_links"),
            reverse("wagtail_localize:stop_translation", args=[translation_obj.pk]),
        ]
    else:
        # The other language's translation: the page saying why not.
        urls += [reverse("wagtail_localize:download_pofile", args=[other.pk])]
    return urls


@pytest.mark.parametrize(
    "role, language", [("fr", "fr"), ("es", "es"), ("moderator", "fr"), ("moderator", "es")]
)
def test_admin_pages_show_no_english_in_a_french_or_spanish_interface(
    site, users, workload, role, language
):
    client = Client()  # no message left over from the workload's requests
    user = users[role]
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    long, short = english_strings(language)
    found = {}
    for url in screens(site, workload, language, role):
        stop = "disable" in url  # the confirmation page answers the stop button's POST
        response = client.post(url) if stop else client.get(url)
        assert response.status_code in (200, 403), url
        texts = visible_text(response.content.decode())
        page_text = " ".join(texts)
        english = {chunk for chunk in long if chunk in page_text}
        english |= {text for text in texts if text in short}
        english |= {month for month in MONTHS.split() if re.search(rf"\b{month}\b", page_text)}
        if english:
            found[url] = sorted(english)
    assert found == {}
    with translation.override(language):
        assert reverse("wagtailadmin_home") == "/admin/"


def speaking(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def test_menus_are_in_each_users_language_whoever_came_first(users):
    # Wagtail builds its menus once; the first request's language must not stay in them.
    speaking(users["fr"], "fr").get(reverse("wagtailadmin_home"))
    page = speaking(users["es"], "es").get(reverse("wagtailadmin_home")).content.decode()
    assert "Novedades de Wagtail" in page and "Ce qui est nouveau" not in page
    assert '"Traducciones"' in page and '"Traductions"' not in page


def test_a_refusal_is_in_the_users_language_not_the_browsers(site, users):
    client = speaking(users["es"], "es")
    edit = reverse("wagtailadmin_pages:edit", args=[site["about"].pk])
    response = client.get(edit, headers={"accept-language": "en"}, follow=True)
    messages = [str(message).strip() for message in response.context["messages"]]
    assert messages == ["Lo sentimos, no tienes permisos para acceder a esta área."]


@pytest.mark.parametrize(
    "language, breadcrumbs, status",
    [
        ("fr", ["Accueil", "Fragments"], "Publication"),
        ("es", ["Inicio", "Fragmentos"], "Publicación"),
    ],
)
def test_snippet_listings_are_labelled_in_the_users_language(
    locales, language, breadcrumbs, status
):
    # Wagtail makes these labels once, when the admin's URLs are built (in English): the
    # breadcrumbs of every snippet's listing, and the draft/live column of the organisations'.
    OrganisationFactory(name="A partner")
    client = speaking(UserFactory(is_superuser=True), language)
    for model in get_snippet_models():
        listing = client.get(reverse(model.snippet_viewset.get_url_name("list")))
        soup = BeautifulSoup(listing.content, "html.parser")
        crumbs = [item.get_text(" ", strip=True) for item in soup.select("[data-w-breadcrumbs] li")]
        assert crumbs[:2] == breadcrumbs, model
    listing = client.get(reverse(Organisation.snippet_viewset.get_url_name("list")))
    soup = BeautifulSoup(listing.content, "html.parser")
    headers = [header.get_text(" ", strip=True) for header in soup.select("thead th")]
    assert headers[-1] == status  # the draft/live column
