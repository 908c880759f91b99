import hashlib
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.finders import get_finders
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Site


class Command(BaseCommand):
    help = (
        "Everything a deployment runs before the application starts: migrations, the cache "
        "table when the cache is the database, message "
        "catalogs, static files, the default Site's host name (from SITE_HOSTNAME) and the "
        "editorial roles. Safe to run on every start."
    )

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        if self.unapplied_migrations():
            call_command("migrate", interactive=False, verbosity=verbosity)
        # The shared cache's table, when the cache is the database (production without Redis).
        call_command("createcachetable", verbosity=verbosity)
        call_command("compile_catalogs", verbosity=verbosity)
        self.collect_static(verbosity)
        self.set_site_hostname(getattr(settings, "SITE_HOSTNAME", ""))
        call_command("setup_roles", verbosity=verbosity)
        self.stdout.write(self.style.SUCCESS("Release steps done."))

    def collect_static(self, verbosity):
        # Compressing every file again takes twenty seconds; skip it when no source changed.
        stamp = Path(settings.STATIC_ROOT) / ".sources"
        fingerprint = static_sources_fingerprint()
        if stamp.exists() and stamp.read_text() == fingerprint:
            self.stdout.write("Static files are up to date.")
            return
        call_command("collectstatic", interactive=False, verbosity=verbosity - 1)
        stamp.write_text(fingerprint)

    @staticmethod
    def unapplied_migrations():
        # `migrate` with nothing to apply still renders every model state (half a minute).
        executor = MigrationExecutor(connection)
        return executor.migration_plan(executor.loader.graph.leaf_nodes())

    def set_site_hostname(self, hostname):
        """Canonical links, the sitemap, calendars and e-mails speak of the default Site;
        production serves it over HTTPS on the standard port."""
        if not hostname:
            return
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            self.stdout.write(f"No default site yet: {hostname} is set on the next release.")
            return
        if (site.hostname, site.port) != (hostname, 443):
            # save(), not update(): it clears Wagtail's cache of the sites' root paths.
            site.hostname, site.port = hostname, 443
            site.save()
        self.stdout.write(f"Default site: {site.root_url}/")


def static_sources_fingerprint():
    """What collectstatic would read: every source file's name, size and time, and the storage."""
    digest = hashlib.sha256(settings.STORAGES["staticfiles"]["BACKEND"].encode())
    for finder in get_finders():
        for path, storage in finder.list(["CVS", ".*", "*~"]):
            stat = Path(storage.path(path)).stat()
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()
