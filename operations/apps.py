from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """What running the site in production needs: the release command, the health URL,
    one-line logs, security headers, document storage, and the HTTP cache kept fresh when
    content changes. It builds on home and no section knows it."""

    name = "operations"
    verbose_name = _("Operations")

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
