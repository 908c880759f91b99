from django.core.management.base import BaseCommand

from involved.retention import delete_expired_applications


class Command(BaseCommand):
    help = (
        "Delete applications to join the Initiative, and their declarations of intent, once "
        "older than the retention period of Settings › Executive Secretariat (run daily)."
    )

    def handle(self, *args, **options):
        applications, declarations = delete_expired_applications()
        self.stdout.write(
            f"{applications} application(s) and {declarations} declaration(s) deleted."
        )
