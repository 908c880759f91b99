from django.core.management.base import BaseCommand

from editorial.digest import send_digests


class Command(BaseCommand):
    help = (
        "E-mail each translator the pages and snippets that went out of date in their language "
        "since the last digest. Meant to run from cron, e.g. every morning."
    )

    def handle(self, *args, **options):
        sent = send_digests(log=self.stdout.write)
        self.stdout.write(self.style.SUCCESS(f"{sent} digest e-mail(s) sent."))
