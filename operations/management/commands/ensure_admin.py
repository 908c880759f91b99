import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Create the first administrator account if it is missing. The user name and password are "
        "taken from ADMIN_USERNAME / ADMIN_PASSWORD, or made up and printed (a password given "
        "in ADMIN_PASSWORD is never printed)."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        username = os.environ.get("ADMIN_USERNAME", "admin")
        password = os.environ.get("ADMIN_PASSWORD")
        user = User.objects.filter(username=username).first()
        if user is not None:
            if password:
                user.set_password(password)
                user.save(update_fields=["password"])
                self.stdout.write(f"Admin account '{username}': password set from ADMIN_PASSWORD.")
            else:
                self.stdout.write(
                    f"Admin account '{username}' already exists. To change its password: "
                    f"python manage.py changepassword {username}"
                )
            return
        if password:
            User.objects.create_superuser(username=username, email="", password=password)
            self.stdout.write(
                self.style.SUCCESS(
                    f"Admin account created. Sign in at /admin/ as '{username}' with the "
                    "password from ADMIN_PASSWORD."
                )
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin account created. Sign in at /admin/ as '{username}' "
                f"with password: {password}"
            )
        )
