from django.core.management.base import BaseCommand

from editorial.roles import setup_roles


class Command(BaseCommand):
    help = (
        "Create or update the editorial groups (Editors, Moderators, one translator group per "
        "translated language), their permissions and the review workflow. Safe to run again: "
        "permissions are set to what the project defines, removing any others."
    )

    def handle(self, *args, **options):
        setup_roles(log=self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Editorial roles are in place."))
