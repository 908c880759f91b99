"""DeepL with the Initiative's glossary, against a local fake of DeepL's API."""

import os
import subprocess
import sys

import pytest
import requests
from django.core.cache import cache
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation

pytestmark = pytest.mark.django_db

DEEPL = {
    "CLASS": "editorial.machine_translation.GlossaryDeepLTranslator",
    "OPTIONS": {"AUTH_KEY": "local-test-key:fx"},
}


class FakeDeepL:
    """Answers DeepL's glossary and translate endpoints; applies the glossary it was given."""

    def __init__(self):
        self.calls = []
        self.glossaries = {}

    def post(self, url, data, timeout=None, headers=None):
        self.calls.append((url, data, headers))
        if url.endswith("/v2/glossaries"):
            glossary_id = f"glossary-{len(self.glossaries) + 1}"
            self.glossaries[glossary_id] = dict(
                line.split("\t") for line in data["entries"].splitlines()
            )
            return FakeResponse({"glossary_id": glossary_id})
        entries = self.glossaries.get(data.get("glossary_id"), {})
        texts = []
        for text in data["text"]:
            for source, target in sorted(entries.items(), key=lambda e: -len(e[0])):
                text = text.replace(source, target)
            texts.append({"text": f"[{data['target_lang']}] {text}"})
        return FakeResponse({"translations": texts})


class FakeResponse:
    def __init__(self, payload):
        self.payload = payload

    def json(self):
        return self.payload

    def raise_for_status(self):
        pass


@pytest.fixture
def deepl(monkeypatch, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DEEPL
    cache.clear()
    fake = FakeDeepL()
    monkeypatch.setattr(requests, "post", fake.post)
    return fake


def test_machine_translation_applies_the_glossary(client, site, users, locales, deepl):
    about, fr = site["about"], locales["fr"]
    client.force_login(users["fr"])
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[about.pk]), {"locales": [fr.pk]}
    )
    translation = Translation.objects.get(source__object_id=about.translation_key, target_locale=fr)

    response = client.post(reverse("wagtail_localize:machine_translate", args=[translation.pk]))

    assert response.status_code == 302
    glossary_calls = [c for c in deepl.calls if c[0].endswith("/v2/glossaries")]
    assert len(glossary_calls) == 1
    url, data, headers = glossary_calls[0]
    assert url == "https://api-free.deepl.com/v2/glossaries"
    assert (data["source_lang"], data["target_lang"]) == ("EN", "FR")
    assert "4 per 1000\t4 pour 1000" in data["entries"]
    assert "Scientific and Technical Committee\tComité scientifique et technique" in data["entries"]
    assert "UNFCCC\tCCNUCC" in data["entries"]
    assert headers["Authorization"] == "DeepL-Auth-Key local-test-key:fx"
    translate_call = deepl.calls[-1][1]
    assert translate_call["glossary_id"] == "glossary-1"
    translated = set(StringTranslation.objects.filter(locale=fr).values_list("data", flat=True))
    # The fake applies the glossary as DeepL does: “Forum” is “Forum” in French too.
    assert "[FR] The Forum of Partners meets once a year." in translated


def test_glossary_is_created_once_per_language_pair(site, locales, deepl):
    from wagtail_localize.machine_translators import get_machine_translator

    translator = get_machine_translator()
    for _ in range(2):
        for language in ("fr", "es"):
            translator.get_parameters(locales["en"], locales[language], [])

    created = [c[1] for c in deepl.calls if c[0].endswith("/v2/glossaries")]
    assert [(c["source_lang"], c["target_lang"]) for c in created] == [("EN", "FR"), ("EN", "ES")]
    assert "4 per 1000\t4 por 1000" in created[1]["entries"]


def configured_translator(env):
    code = (
        "from fourpermille.settings import base; "
        "print(getattr(base, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', {}).get('CLASS', 'none'))"
    )
    clean = {k: v for k, v in os.environ.items() if k != "DEEPL_API_KEY"}
    result = subprocess.run(
        [sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_deepl_only_when_a_key_is_set():
    assert configured_translator({}) == "none"
    assert configured_translator({"DEEPL_API_KEY": "k:fx"}) == DEEPL["CLASS"]
