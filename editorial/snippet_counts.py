"""The Snippets index counts a translatable snippet once, in the language the user works in
(a translator's own, English for everyone else), and links to the listing in that language;
each listing's locale filter is one click away from the others."""

from django.conf import settings
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from wagtail.models import TranslatableMixin
from wagtail.snippets.views.snippets import ModelIndexView

from .roles import translator_language


class SnippetCountsIndexView(ModelIndexView):
    def _get_snippet_types(self):
        language = translator_language(self.request.user) or settings.LANGUAGE_CODE
        name = get_language_info(language)["name_translated"]
        # Language names take a capital in English only ("Topics in French", "Thèmes en
        # français", "Temas en francés").
        if not get_language().startswith("en"):
            name = name.lower()
        types = super()._get_snippet_types()
        for snippet_type in types:
            model = snippet_type["model"]
            if issubclass(model, TranslatableMixin):
                snippet_type["count"] = model._default_manager.filter(
                    locale__language_code=language
                ).count()
                snippet_type["name"] = _("%(snippets)s in %(language)s") % {
                    "snippets": snippet_type["name"],
                    "language": name,
                }
                snippet_type["url"] += f"?locale={language}"
        return types
