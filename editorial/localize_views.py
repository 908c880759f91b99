"""wagtail-localize's submit and sync views, kept within the user's own language.

Its `submit_translation` permission is global: on its own it would let a French translator
create Spanish translations, or sync and publish every language at once. These subclasses are
served at the same admin URLs (our hooks load first), so every link wagtail-localize draws
leads here.
"""

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
    may publish (the moderators)."""

    def get_form(self):
        form = super().get_form()
        if not PagePermissionPolicy().user_has_permission(self.request.user, "publish"):
            form.fields["publish_translations"].disabled = True
        return form
