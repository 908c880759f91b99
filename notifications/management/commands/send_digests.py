"""E-mail the daily or weekly digest of what members have not read nor been e-mailed yet
(from cron: see site/deploy/README.md). Running it twice sends nothing more."""

from django.core.management.base import BaseCommand

from notifications.delivery import send_digests
from notifications.models import Frequency


class Command(BaseCommand):
    help = "E-mail each member who chose a daily or weekly digest what is new for them."

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--daily", action="store_const", const=Frequency.DAILY, dest="frequency")
        which.add_argument(
            "--weekly", action="store_const", const=Frequency.WEEKLY, dest="frequency"
        )

    def handle(self, *args, frequency, **options):
        sent = send_digests(frequency)
        self.stdout.write(f"{sent} {frequency} digest(s) sent.")
