"""DeepL with the Initiative's glossary, so its bodies and its name come out as it writes them.

DeepL applies a glossary by id; the glossary is created from site/content/glossary.json the first
time a language pair is translated and its id cached, keyed by the entries, so editing the file
makes a new glossary.
"""

import hashlib
import json

import requests
from django.conf import settings
from django.core.cache import cache
from wagtail_localize.machine_translators.deepl import DeepLTranslator, language_code

GLOSSARY_FILE = settings.BASE_DIR / "site" / "content" / "glossary.json"


def glossary_entries(target_language):
    """English term -> term in `target_language` ("fr", "es"), from the glossary file."""
    with open(GLOSSARY_FILE, encoding="utf-8") as f:
        data = json.load(f)
    return data.get(target_language.split("-")[0].lower(), {})


class GlossaryDeepLTranslator(DeepLTranslator):
    display_name = "DeepL"

    def get_glossaries_endpoint(self):
        return self.get_api_endpoint().replace("/v2/translate", "/v2/glossaries")

    def glossary_id(self, source_lang, target_lang):
        entries = glossary_entries(target_lang)
        if not entries:
            return None
        tsv = "\n".join(f"{source}\t{target}" for source, target in entries.items())
        digest = hashlib.sha256(f"{source_lang}{target_lang}{tsv}".encode()).hexdigest()[:16]
        key = f"editorial:deepl-glossary:{digest}"
        glossary_id = cache.get(key)
        if glossary_id is None:
            response = requests.post(
                self.get_glossaries_endpoint(),
                data={
                    "name": f"4 per 1000 {source_lang}-{target_lang} {digest}",
                    "source_lang": source_lang,
                    "target_lang": target_lang,
                    "entries": tsv,
                    "entries_format": "tsv",
                },
                timeout=int(self.options.get("TIMEOUT", 30)),
                headers=self.get_headers(),
            )
            response.raise_for_status()
            glossary_id = response.json()["glossary_id"]
            cache.set(key, glossary_id, timeout=None)
        return glossary_id

    def get_parameters(self, source_locale, target_locale, strings):
        parameters = super().get_parameters(source_locale, target_locale, strings)
        if "glossary_id" not in parameters:
            # Glossaries pair plain languages (EN -> FR), not regional variants.
            source_lang = language_code(source_locale.language_code)
            target_lang = language_code(target_locale.language_code)
            glossary_id = self.glossary_id(source_lang, target_lang)
            if glossary_id:
                parameters["glossary_id"] = glossary_id
        return parameters
