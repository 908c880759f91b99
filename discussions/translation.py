"""A post in another language, machine-translated on a member's request when the site has a
machine translator (DeepL with the Initiative's glossary, WAGTAILLOCALIZE_MACHINE_TRANSLATOR,
set when DEEPL_API_KEY is). The answer is cleaned like a member's text, and kept for a day so
each post is sent once per language."""

import logging

from django.core.cache import cache
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.strings import StringValue

from .formatting import clean

logger = logging.getLogger(__name__)
KEPT = 24 * 3600


def available():
    return get_machine_translator() is not None


def translate(post, language):
    """The post's HTML in `language`, or None when no translator is set or it failed."""
    translator = get_machine_translator()
    if translator is None or post.language == language:
        return None
    stamp = post.edited_at.timestamp() if post.edited_at else 0
    key = f"discussions:translation:{post.pk}:{stamp}:{language}"
    html = cache.get(key)
    if html is None:
        source = Locale(language_code=post.language)
        target = Locale(language_code=language)
        if not translator.can_translate(source, target):
            return None
        string = StringValue(post.html)
        try:
            html = clean(translator.translate(source, target, [string])[string].data)
        except Exception:  # the service down or refusing: the member reads the original
            logger.exception("Machine translation of post %s failed", post.pk)
            return None
        cache.set(key, html, KEPT)
    return html
