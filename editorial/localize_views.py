"""wagtail-localize's submit and sync views, kept within the user's own language.

Its `submit_translation` permission is global: on its own it would let a French translator
create Spanish translations, or sync and publish every language at once. These subclasses are
served at the same admin URLs (our hooks load first), so every link wagtail-localize draws
leads here.
"""

from django.utils.translation import gettext as _
from wagtail.permission_policies.pages import PagePermissionPolicy
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

    def form_valid(self, form):
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)

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
