from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Compile the project's message catalogs (.po -> .mo) in pure Python, so a machine "
        "without GNU gettext can run the site in French and Spanish."
    )

    def handle(self, *args, **options):
        dirs = [Path(p) for p in settings.LOCALE_PATHS]
        # The project's own apps sit at the top of the project; installed packages ship
        # their catalogs compiled.
        dirs += [
            Path(app.path) / "locale"
            for app in apps.get_app_configs()
            if Path(app.path).parent == settings.BASE_DIR
        ]
        count = 0
        for locale_dir in dirs:
            for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                self.stdout.write(f"compiled {po_path.relative_to(settings.BASE_DIR)}")
                count += 1
        self.stdout.write(f"{count} catalog(s) compiled, the others were up to date.")
