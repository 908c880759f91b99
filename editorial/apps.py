from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial roles and translations")

    def ready(self):
        from . import signals, slugs  # noqa: F401
