"""The Initiative's glossary (site/content/glossary.json) against the text of a page."""

import copy
import json
import re

from django.conf import settings

GLOSSARY = json.loads((settings.BASE_DIR / "site" / "content" / "glossary.json").read_text())


def normalised(text):
    return re.sub(r"[\s\u00a0\u202f]+", " ", text)


def whole(term):
    return rf"(?<!\w){re.escape(term)}(?!\w)"


def page_text(html, language):
    """The page's text in its own language: what is marked as another language (the switcher's
    language names, the platform's trilingual instructions) is left out."""
    html = copy.copy(html)
    for element in html.select("[lang]"):
        if not element["lang"].startswith(language):
            element.decompose()
    return normalised(html.get_text(" "))


def glossary_problems(text, language):
    """Each English term left untranslated, and each glossary translation written otherwise
    (“Consorcio de miembros” for “Consorcio de Miembros”; a capital first letter may vary)."""
    problems = []
    for english, translated in GLOSSARY[language].items():
        english, translated = normalised(english), normalised(translated)
        left_in_english = re.search(whole(english), text) and not re.search(
            whole(english), translated
        )
        if left_in_english:
            problems.append(f"“{english}” instead of “{translated}”")
        if " " in translated:
            for match in re.finditer(whole(translated), text, re.IGNORECASE):
                if match.group()[1:] != translated[1:]:
                    problems.append(f"“{match.group()}” instead of “{translated}”")
    return problems
