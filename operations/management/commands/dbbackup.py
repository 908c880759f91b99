"""django-dbbackup's `dbbackup`, encrypted for BACKUP_GPG_RECIPIENT whenever one is set, so no
backup of the database is ever written in clear by mistake (cron, an upgrade's backup)."""

from dbbackup.management.commands import dbbackup
from django.conf import settings


class Command(dbbackup.Command):
    def handle(self, **options):
        options["encrypt"] = options.get("encrypt") or bool(settings.DBBACKUP_GPG_RECIPIENT)
        return super().handle(**options)
