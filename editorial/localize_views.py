"""wagtail-localize's submit and sync views, kept within the user's own language.

Its `submit_translation` permission is global: on its own it would let a French translator
create Spanish translations, or sync and publish every language at once. These subclasses are
served at the same admin URLs (our hooks load first), so every link wagtail-localize draws
leads here.
"""

import contextlib

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import apply_machine_translation, stop_translation
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .roles import translator_language


class OwnLanguageMixin:
    def get_form(self):
        form = super().get_form()
        language = translator_language(self.request.user)
        if language:
            field = form.fields["locales"]
            field.queryset = field.queryset.filter(language_code=language)
        return form


class OwnLanguagePageTranslationView(OwnLanguageMixin, SubmitPageTranslationView):
    pass


class OwnLanguageSnippetTranslationView(OwnLanguageMixin, SubmitSnippetTranslationView):
    pass


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    """Syncing stays open to translators; publishing the synced translations is for those who
    may publish (the moderators). Translators do not see the "Publish immediately" box at all,
    and are told what comes next: translate the changes, then send for review."""

    def can_publish(self):
        return PagePermissionPolicy().user_has_permission(self.request.user, "publish")

    def get_form(self):
        form = super().get_form()
        if not self.can_publish():
            del form.fields["publish_translations"]
        return form

    def own_translations(self):
        """The translations this sync carries on: a translator's language only."""
        translations = self.object.translations.filter(enabled=True).select_related(
            "source", "target_locale"
        )
        language = translator_language(self.request.user)
        if language:
            translations = translations.filter(target_locale__language_code=language)
        return translations

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["translations"] = [
            {
                "title": str(translation.get_target_instance()),
                "locale": translation.target_locale,
                "edit_url": self.get_edit_url(translation.get_target_instance()),
            }
            for translation in self.own_translations()
        ]
        return context

    @transaction.atomic
    def form_valid(self, form):
        """wagtail-localize's own steps, applied to `own_translations()` only."""
        self.object.update_from_db()
        translations = list(self.own_translations())
        if form.cleaned_data.get("use_machine_translation"):
            translator = get_machine_translator()
            for translation in translations:
                apply_machine_translation(translation.id, self.request.user, translator)
        for translation in translations:
            with contextlib.suppress(ValidationError):
                if form.cleaned_data.get("publish_translations"):
                    translation.save_target(user=self.request.user, publish=True)
                else:
                    translation.source.update_target_view_restrictions(translation.target_locale)
        self.components.save(self.object, sources_and_translations={self.object: translations})
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url() or self.get_default_success_url())

    def get_default_success_url(self):
        """A translator goes on to their language's translation, where the new segments are."""
        language = translator_language(self.request.user)
        translation = self.object.translations.filter(
            enabled=True, target_locale__language_code=language
        ).first()
        if translation is None:
            return super().get_default_success_url()
        return self.get_edit_url(translation.get_target_instance())

    def get_success_message(self):
        if self.can_publish():
            return super().get_success_message()
        return _(
            "'%(title)s' is synced: translate the changed segments, then send it for review."
        ) % {"title": self.object.object_repr}


class TranslationsPaginator(WagtailPaginator):
    """Wagtail counts the rows with the model's plural name, which wagtail-localize leaves
    untranslated ("80 translations" in French): the count in the user's language."""

    @cached_property
    def items_count_label(self):
        return ngettext("%(total)s translation", "%(total)s translations", self.count) % {
            "total": self.count
        }


class OwnLanguageTranslationsReportView(TranslationsReportView):
    """wagtail-localize's report of translations, newest first, a translator's language only."""

    paginator_class = TranslationsPaginator

    def get_queryset(self):
        # Newest first, and in a fixed order: pages of an unordered list may repeat or skip rows.
        queryset = super().get_queryset().order_by("-created_at", "-pk")
        language = translator_language(self.request.user)
        if language:
            queryset = queryset.filter(target_locale__language_code=language)
        return queryset


@require_POST
def confirm_stop_translation(request, translation_id):
    """wagtail-localize stops a synchronised translation at the first click; here a moderator
    is first told what is lost, and confirms."""
    if request.POST.get("confirmed") == "yes":
        return stop_translation(request, translation_id)
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    return TemplateResponse(
        request,
        "editorial/confirm_stop_translation.html",
        {
            "translation": translation,
            "instance": translation.get_target_instance(),
            "next": get_valid_next_url_from_request(request),
        },
    )
