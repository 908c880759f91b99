from django.core.management.base import BaseCommand, CommandError

from members.onboarding import AlreadyRegistered, register_member


class Command(BaseCommand):
    help = (
        "Register an existing member of the Initiative on the platform: their account in the "
        "Members group, and an e-mail in their language with the login and a temporary password."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--name", required=True, help="The member's full name.")
        parser.add_argument("--organisation", default="", help="The organisation's name.")
        parser.add_argument("--language", default="en", help="Language of e-mails: en, fr or es.")
        parser.add_argument("--country", default="", help="ISO country code, e.g. FR.")

    def handle(self, email, name, organisation, language, country, **options):
        try:
            profile = register_member(
                email, name, organisation, language=language, country=country.upper()
            )
        except AlreadyRegistered:
            raise CommandError(f"{email} already has an account.") from None
        self.stdout.write(
            f"+ {profile.user.email}: registered, login e-mailed in {profile.email_language}"
        )
