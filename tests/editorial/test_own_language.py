"""Each translator works in their own language only: every wagtail-localize admin view, listed
from the URL conf so that a view it adds later is covered too, refuses a translation into the
other language."""

import csv
import io

import pytest
from django.core.paginator import UnorderedObjectListWarning
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail_localize.models import Translation

from home.models import Topic

pytestmark = pytest.mark.django_db

# wagtail-localize's views that name no object, hence no language.
NAMES_NO_LANGUAGE = {
    "javascript_catalog",  # its interface strings
    "snippets_api_listing",  # the chooser's list of snippets of a model
    "translations_report",  # filtered to the translator's language, tested below
    "translations_report_results",
}


def localize_urls():
    """(name, converter names) of each URL in wagtail-localize's admin namespace."""
    found = []

    def walk(patterns, namespace):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, entry.namespace or namespace)
            elif isinstance(entry, URLPattern) and namespace == "wagtail_localize":
                found.append((entry.name, set(entry.pattern.converters)))

    walk(get_resolver().url_patterns, None)
    return found


@pytest.fixture
def translations(site, locales, translate):
    """About and a topic, each translated into French and Spanish."""
    topic = Topic.objects.create(name="Soil carbon", slug="soil-carbon", locale=locales["en"])
    made = {}
    for language, about, name in (("fr", "À propos", "Carbone"), ("es", "Acerca", "Carbono")):
        page = translate(site["about"], locales[language], {"About": about})
        snippet = translate(topic, locales[language], {"Soil carbon": name})
        made[language] = {
            "page": page,
            "snippet": snippet,
            "translation": Translation.objects.get(
                source__object_id=site["about"].translation_key, target_locale=locales[language]
            ),
        }
    return made


def url_kwargs(converters, target):
    translation = target["translation"]
    values = {
        "translation_id": translation.pk,
        "translation_source_id": translation.source_id,
        "page_id": target["page"].pk,
        "app_label": "home",
        "model_name": "topic",
        "pk": target["snippet"].pk,
        "string_segment_id": translation.source.stringsegment_set.first().pk,
        "overridable_segment_id": 1,
        "mode": "default",
    }
    unknown = converters - values.keys()
    assert not unknown, f"a new wagtail-localize URL argument to test: {unknown}"
    return {name: values[name] for name in converters}


@pytest.mark.parametrize("user, other", [("es", "fr"), ("fr", "es")])
def test_every_translation_view_refuses_the_other_language(
    client, users, translations, user, other, locales
):
    # The sync names the source: only a translation in the other language hangs from it.
    Translation.objects.filter(target_locale=locales[user]).update(enabled=False)
    client.force_login(users[user])
    checked = []
    for name, converters in localize_urls():
        if name in NAMES_NO_LANGUAGE:
            continue
        url = reverse(
            f"wagtail_localize:{name}", kwargs=url_kwargs(converters, translations[other])
        )
        for method in (client.get, client.post):
            assert method(url).status_code == 403, f"{method.__name__.upper()} {name}"
        checked.append(name)
    assert {"update_translations", "upload_pofile", "machine_translate"} <= set(checked)
    assert {"convert_to_alias", "stop_translation", "edit_string_translation"} <= set(checked)

    # Nothing changed: the other language's translation is still there, enabled.
    assert Translation.objects.get(pk=translations[other]["translation"].pk).enabled

    # The translation editor and the snippet editor are the page and snippet edit views.
    page = translations[other]["page"]
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code in (302, 403)
    snippet = translations[other]["snippet"]
    edit_snippet = reverse("wagtailsnippets_home_topic:edit", args=[snippet.pk])
    assert client.get(edit_snippet).status_code in (302, 403)


def test_own_language_views_stay_open(client, users, translations):
    client.force_login(users["fr"])
    translation = translations["fr"]["translation"]
    pofile = reverse("wagtail_localize:download_pofile", args=[translation.pk])
    assert client.get(pofile).status_code == 200
    sync = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    page = client.get(sync).content.decode()
    assert "Français" in page or "French" in page
    assert "Spanish" not in page and "Español" not in page  # only their own is synced


def test_undoing_a_translation_is_for_moderators(client, users, translations):
    translation = translations["fr"]["translation"]
    stop = reverse("wagtail_localize:stop_translation", args=[translation.pk])
    alias = reverse("wagtail_localize:convert_to_alias", args=[translations["fr"]["page"].pk])
    client.force_login(users["fr"])
    assert client.post(stop).status_code == 403
    assert client.get(alias).status_code == 403
    client.force_login(users["moderator"])
    assert client.get(alias).status_code == 200


def test_the_report_lists_the_newest_translation_first_in_a_stable_order(
    client, users, translations, recwarn
):
    client.force_login(users["moderator"])

    html = client.get(reverse("wagtail_localize:translations_report")).content.decode()

    # Made in this order: the French page and topic, then the Spanish ones.
    newest_first = ["Carbono", "Acerca", "Carbone", "À propos"]
    assert sorted(newest_first, key=html.index) == newest_first
    assert not [w for w in recwarn if issubclass(w.category, UnorderedObjectListWarning)]


def test_board_and_report_show_a_translator_their_language_only(client, users, translations):
    client.force_login(users["es"])
    board = client.get(reverse("editorial_translations") + "?language=fr").content.decode()
    assert 'value="fr"' not in board
    assert "<td>FR</td>" not in board and "<td>ES</td>" in board
    export = client.get(reverse("editorial_translations_csv") + "?language=fr")
    languages = {row[3] for row in csv.reader(io.StringIO(export.content.decode()))}
    assert languages == {"Language", "es"}

    report = reverse("wagtail_localize:translations_report")
    client.force_login(users["moderator"])
    assert "Acerca" in client.get(report).content.decode()
    assert "À propos" in client.get(report).content.decode()
    client.force_login(users["es"])
    html = client.get(report).content.decode()
    assert "Acerca" in html and "À propos" not in html
