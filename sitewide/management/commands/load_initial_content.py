from django.core.management.base import BaseCommand
from django.utils.module_loading import autodiscover_modules

from sitewide.content_loading import registered_loaders


class Command(BaseCommand):
    help = (
        "Build the site's initial content from site/content/ (English pages, French and Spanish "
        "translations). Safe to run again: existing pages are left as they are."
    )

    def handle(self, *args, **options):
        # No transaction around the whole run: wagtail-localize publishes translations
        # when a transaction commits, so each step must commit on its own.
        autodiscover_modules("initial_content")
        for load in registered_loaders():
            load(self.log)
        self.stdout.write(self.style.SUCCESS("Initial content is in place."))

    def log(self, message):
        self.stdout.write(message)
