"""django-dbbackup's `mediabackup` (images, documents, declarations), encrypted for
BACKUP_GPG_RECIPIENT whenever one is set."""

from dbbackup.management.commands import mediabackup
from django.conf import settings


class Command(mediabackup.Command):
    def handle(self, **options):
        options["encrypt"] = options.get("encrypt") or bool(settings.DBBACKUP_GPG_RECIPIENT)
        return super().handle(**options)
