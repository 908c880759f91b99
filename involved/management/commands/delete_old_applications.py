from django.core.management.base import BaseCommand

from involved.retention import delete_expired_applications


class Command(BaseCommand):
    help = (
        "Delete applications to join the Initiative, their declarations of intent and the "
        "messages sent from the contact page once older than the retention period of "
        "Settings › Executive Secretariat (run daily)."
    )

    def handle(self, *args, **options):
        submissions, declarations = delete_expired_applications()
        self.stdout.write(
            f"{submissions} application(s) or message(s) and {declarations} declaration(s) deleted."
        )
