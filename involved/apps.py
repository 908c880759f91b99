from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InvolvedConfig(AppConfig):
    name = "involved"
    verbose_name = _("Get involved")
