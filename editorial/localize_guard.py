"""Every wagtail-localize admin view, kept within the user's own language and role.

wagtail-localize checks the page tree or a global `submit_translation` permission, never the
language: on its own a Spanish translator could sync, edit, upload PO files into, machine
translate or stop a French translation. `guarded_urls()` serves every one of its admin URLs
again, at the same paths and matched before its own (our admin URLs load first), with the view
wrapped in `own_language_only`: whatever object a URL names (a translation, a source, a page, a
snippet), its language must be the translator's. A view wagtail-localize adds later is wrapped
the same way; tests/editorial/test_own_language.py walks the URL conf to prove it.
"""

from functools import wraps

from django.apps import apps
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import URLResolver, path
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.models import Translation, TranslationSource

from .roles import is_moderator, translator_language

# Views that undo a translation: for the moderators only (see confirm.py for what they say).
MODERATOR_ONLY = {"convert_to_alias", "stop_translation"}


def languages_named(kwargs):
    """The languages of the objects a URL's arguments name: a set of language codes, or None
    when they name none (the JavaScript catalogue, the reports, the snippet listing API)."""
    if "translation_id" in kwargs:
        return set(
            Translation.objects.filter(pk=kwargs["translation_id"]).values_list(
                "target_locale__language_code", flat=True
            )
        )
    if "translation_source_id" in kwargs:
        # Syncing a source touches each of its translations: the translator must have one.
        return set(
            TranslationSource.objects.filter(
                pk=kwargs["translation_source_id"], translations__enabled=True
            ).values_list("translations__target_locale__language_code", flat=True)
        ) or {settings.LANGUAGE_CODE}
    if "page_id" in kwargs:
        return set(
            Page.objects.filter(pk=kwargs["page_id"]).values_list(
                "locale__language_code", flat=True
            )
        )
    if {"app_label", "model_name", "pk"} <= kwargs.keys():
        try:
            model = apps.get_model(kwargs["app_label"], kwargs["model_name"])
        except LookupError:
            return set()
        if not issubclass(model, TranslatableMixin):
            return set()
        return set(
            model.objects.filter(pk=kwargs["pk"]).values_list("locale__language_code", flat=True)
        )
    return None


def allowed(user, name, kwargs):
    if name in MODERATOR_ONLY and not is_moderator(user):
        return False
    language = translator_language(user)
    if language is None:
        return True
    languages = languages_named(kwargs)
    if languages is None or not languages:
        return True  # nothing named, or nothing found: the view answers (404) itself
    if "translation_source_id" in kwargs:
        return language in languages
    # A source object (English) is where translations start; any other must be theirs.
    return languages <= {language, settings.LANGUAGE_CODE} and (
        "translation_id" not in kwargs or languages == {language}
    )


def refused(request, name):
    """A 403 saying why (Wagtail's admin would turn PermissionDenied into a bare redirect)."""
    language = translator_language(request.user)
    if name in MODERATOR_ONLY and not is_moderator(request.user):
        reason = _("Only the moderators can undo a translation.")
    else:
        reason = _("You translate into %(language)s only.") % {
            "language": get_language_info(language)["name_local"] if language else ""
        }
    if request.headers.get("x-requested-with") == "XMLHttpRequest":
        raise PermissionDenied(reason)
    return TemplateResponse(request, "editorial/refused.html", {"reason": reason}, status=403)


def own_language_only(view, name):
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not allowed(request.user, name, kwargs):
            return refused(request, name)
        return view(request, *args, **kwargs)

    guarded.own_language_only = True
    return guarded


def localize_patterns():
    """wagtail-localize's admin URL patterns, as its own hook registers them. Imported here:
    importing its hooks while ours load would register its URLs before ours."""
    from wagtail_localize import wagtail_hooks as localize_hooks

    for entry in localize_hooks.register_admin_urls():
        if isinstance(entry, URLResolver):
            yield from entry.url_patterns
        else:
            yield entry


def guarded_urls(overrides):
    """wagtail-localize's admin URLs (under "localize/"), each view guarded; `overrides` maps
    a URL name to the project's own version of that view."""
    return [
        path(
            "localize/" + str(pattern.pattern),
            own_language_only(overrides.get(pattern.name, pattern.callback), pattern.name),
            pattern.default_args,
        )
        for pattern in localize_patterns()
    ]
