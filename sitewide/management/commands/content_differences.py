from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import autodiscover_modules

from sitewide.content_loading import registered_loaders


class Command(BaseCommand):
    help = (
        "List what load_initial_content would change in this database, and the pages edited "
        "in the admin that differ from site/content (kept as they are), without changing "
        "anything."
    )

    def handle(self, *args, **options):
        autodiscover_modules("initial_content")
        self.found = 0
        # The loaders run as they would, then everything is rolled back: publications and
        # cache purges wait for a commit that never comes.
        with transaction.atomic():
            for load in registered_loaders():
                load(self.log)
            transaction.set_rollback(True)
        self.stdout.write(
            f"{self.found} difference(s). “+” would be created, “~” updated (nobody edited it), "
            "“!” differs but was edited in the admin and is kept."
            if self.found
            else "The database has the content of site/content."
        )

    def log(self, message):
        if message.lstrip()[:1] in ("+", "~", "!"):
            self.found += 1
            self.stdout.write(message)
