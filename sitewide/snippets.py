"""The project's snippets register through here: Wagtail's viewset, with its breadcrumbs in
each user's language."""

from django.utils import translation
from django.utils.translation import gettext_lazy
from wagtail.snippets import models as wagtail_snippets
from wagtail.snippets.views import snippets as wagtail_views


class SnippetViewSet(wagtail_views.SnippetViewSet):
    """Wagtail translates its snippets' breadcrumbs ("Home", "Snippets") when it builds the
    admin's URLs, once per process, in the language active then (English on a server): every
    user read them in it. Wagtail's items, with labels translated when shown."""

    @property
    def breadcrumbs_items(self):
        with translation.override(None):  # Wagtail's labels as msgids
            items = super().breadcrumbs_items
        return [{**item, "label": gettext_lazy(item["label"])} for item in items]


def register_snippet(registerable, viewset=SnippetViewSet):
    """Wagtail's `register_snippet`, a model registered with the viewset above by default."""
    return wagtail_snippets.register_snippet(registerable, viewset)
