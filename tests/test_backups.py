"""A backup restores, as site/deploy/README.md tells an operator: into an empty database and an
empty media folder, with every page in every language, every revision, every translation and
every file; backups are readable by the site's user only, and encrypted when a key is set."""

import hashlib
import os
import secrets
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings
from django.db import connection
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from tests.helpers import load_initial_content
from tests.resources.factories import DocumentFactory

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="backups use pg_dump: this test runs on PostgreSQL (DATABASE_URL, as in CI)",
)

ROOT = Path(__file__).resolve().parent.parent
PAGES = """SELECT p.id, l.language_code, p.url_path, p.title, p.live, p.latest_revision_id
           FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id ORDER BY p.id"""
REVISIONS = "SELECT id, object_id, content::text FROM wagtailcore_revision ORDER BY id"
DOCUMENTS = "SELECT id, file, file_hash FROM wagtaildocs_document ORDER BY id"
TRANSLATIONS = """SELECT id, translation_of_id, locale_id, context_id, data
                  FROM wagtail_localize_stringtranslation ORDER BY id"""
FILES = """SELECT file FROM wagtaildocs_document UNION SELECT file FROM wagtailimages_image
           UNION SELECT file FROM wagtailimages_rendition ORDER BY 1"""
PASSPHRASE = "restore-test-only"
RECIPIENT = "backups@4p1000.test"


def database_url(name):
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT'] or 5432}/{name}"


def manage(*command, database, media_root, backup_dir, **environment):
    """A management command as the operator runs it: production settings, its environment."""
    env = {
        **environment,
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))},
        "DJANGO_SETTINGS_MODULE": "fourpermille.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "localhost",
        "DATABASE_URL": database_url(database),
        "MEDIA_ROOT": str(media_root),
        "BACKUP_DIR": str(backup_dir),
    }
    subprocess.run(
        [sys.executable, "manage.py", *command, "--noinput"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )


def snapshot(database, media_root):
    with psycopg2.connect(database_url(database)) as db, db.cursor() as cursor:
        tables = {}
        for name, query in (
            ("pages", PAGES),
            ("revisions", REVISIONS),
            ("documents", DOCUMENTS),
            ("translations", TRANSLATIONS),
            ("files", FILES),
        ):
            cursor.execute(query)
            tables[name] = cursor.fetchall()
    db.close()
    files = {
        path: hashlib.sha256((Path(media_root) / path).read_bytes()).hexdigest()
        for (path,) in tables["files"]
    }
    return tables, files


@pytest.fixture
def empty_databases():
    """Makes empty databases to restore into, dropped afterwards."""
    admin = psycopg2.connect(database_url("postgres"))
    admin.autocommit = True
    made = []

    def make(suffix):
        name = f"{connection.settings_dict['NAME']}_restored_{suffix}"
        with admin.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            cursor.execute(f"CREATE DATABASE {name}")
        made.append(name)
        return name

    yield make
    with admin.cursor() as cursor:
        for name in made:
            cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.close()


@pytest.fixture
def gpg_key():
    """A throwaway key pair in a keyring of its own: the backups are encrypted for its public
    key, as for the Secretariat's, and restored with its private key and passphrase."""
    if not shutil.which("gpg"):
        pytest.skip("needs gpg (apt-get install gnupg)")
    home = tempfile.mkdtemp(prefix="gpg-")  # short: gpg-agent's socket lives there
    env = {**os.environ, "GNUPGHOME": home}
    subprocess.run(
        ["gpg", "--batch", "--pinentry-mode", "loopback", "--passphrase", PASSPHRASE,
         "--quick-gen-key", f"Backups <{RECIPIENT}>", "default", "default", "never"],
        env=env,
        check=True,
        capture_output=True,
    )  # fmt: skip
    yield {"GNUPGHOME": home, "BACKUP_GPG_RECIPIENT": RECIPIENT}
    subprocess.run(["gpgconf", "--kill", "all"], env=env, check=False)
    shutil.rmtree(home, ignore_errors=True)


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def round_trip(folder, database, empty_database, key):
    """Back up `database` and the media, restore them into `empty_database` and an empty media
    folder; the backup files written and what the restored site holds."""
    backups, restored_media = folder / "backups", folder / "media"
    restored_media.mkdir(parents=True)
    for command in ("dbbackup", "mediabackup"):
        manage(
            command, database=database, media_root=settings.MEDIA_ROOT, backup_dir=backups, **key
        )
    written = sorted(backups.iterdir())
    # Restoring an encrypted backup takes the private key's passphrase (asked when not given).
    decrypt = ["--decrypt", "--passphrase", PASSPHRASE] if key else []
    for command in ("dbrestore", "mediarestore"):
        manage(
            command,
            *decrypt,
            database=empty_database,
            media_root=restored_media,
            backup_dir=backups,
            **key,
        )
    return backups, written, snapshot(empty_database, restored_media)


# One site for both round trips: loading the initial content is most of the time.
@pytest.mark.django_db(transaction=True)
def test_backup_restores_into_an_empty_database_and_media_folder_plain_or_encrypted(
    root_page, tmp_path, empty_databases, gpg_key
):
    load_initial_content()
    DocumentFactory(title="annual-report")
    Image.objects.create(title="Soil profile", file=get_test_image_file()).get_rendition(
        "width-100"
    )
    source = connection.settings_dict["NAME"]
    before = snapshot(source, settings.MEDIA_ROOT)
    tables, files = before
    assert {language for _id, language, *_ in tables["pages"]} == {"en", "fr", "es"}
    assert len(tables["pages"]) > 100
    assert tables["revisions"]
    assert tables["translations"]
    assert len(files) == len(tables["documents"]) + 2  # and an image and its rendition

    for name, key in (("plain", {}), ("encrypted", gpg_key)):
        folder, written, after = round_trip(tmp_path / name, source, empty_databases(name), key)

        assert after == before, name
        # The site's user only may read them.
        assert mode(folder) == 0o700
        assert {mode(path) for path in written} == {0o600}
        # The database and the media, each with a note of the database engine beside it.
        backups = [path for path in written if path.suffix != ".metadata"]
        assert len(backups) == 2
        assert [path.suffix == ".gpg" for path in backups] == [bool(key)] * 2
    # Encrypted: nothing of the database or the files can be read in them.
    contents = b"".join(path.read_bytes() for path in backups)
    assert b"wagtailcore_page" not in contents
    assert b"annual-report" not in contents
