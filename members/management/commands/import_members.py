import csv

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django_countries import countries

from members.onboarding import LANGUAGE_CODES, find_existing, register_member

COLUMNS = ["email", "name", "organisation", "language", "country"]


class Command(BaseCommand):
    help = (
        "Register the members listed in a CSV file (columns: email, name, organisation, "
        "language, country), each e-mailed their login. --dry-run shows what would be done."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Change nothing, send nothing.")

    def problems(self, row, seen):
        email = (row.get("email") or "").strip().lower()
        try:
            validate_email(email)
        except ValidationError:
            return "not a valid e-mail address"
        if email in seen:
            return "listed twice"
        if find_existing(email):
            return "already has an account"
        if not (row.get("name") or "").strip():
            return "no name"
        language = (row.get("language") or "en").strip().lower()
        if language not in LANGUAGE_CODES:
            return f"language {language!r} is not one of {', '.join(LANGUAGE_CODES)}"
        country = (row.get("country") or "").strip().upper()
        if country and country not in dict(countries):
            return f"unknown country code {country!r}"
        return None

    def handle(self, file, dry_run, **options):
        try:
            with open(file, newline="", encoding="utf-8-sig") as f:
                rows = list(csv.DictReader(f))
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error}") from None
        if rows and not {"email", "name"} <= set(rows[0]):
            raise CommandError(f"The file needs the columns: {', '.join(COLUMNS)}")
        seen, added, skipped = set(), 0, 0
        verb = "would register" if dry_run else "registered"
        for line, row in enumerate(rows, start=2):
            problem = self.problems(row, seen)
            email = (row.get("email") or "").strip().lower()
            if problem:
                skipped += 1
                self.stdout.write(f"  line {line}: {email or '(no e-mail)'} skipped: {problem}")
                continue
            seen.add(email)
            language = (row.get("language") or "en").strip().lower()
            if not dry_run:
                register_member(
                    email,
                    row["name"],
                    row.get("organisation") or "",
                    language=language,
                    country=(row.get("country") or "").strip().upper(),
                )
            added += 1
            self.stdout.write(f"+ line {line}: {email} {verb}, login in {language}")
        summary = f"{added} member(s) {verb}, {skipped} skipped"
        self.stdout.write(
            summary + (" (dry run: nothing changed, nothing sent)" if dry_run else "")
        )
