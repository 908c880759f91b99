"""A backup restores, as site/deploy/README.md tells an operator: into an empty database and an
empty media folder, with every page in every language, every revision and every document."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings
from django.db import connection

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


def database_url(name):
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT'] or 5432}/{name}"


def manage(*command, database, media_root, backup_dir):
    """A management command as the operator runs it: production settings, its environment."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))},
        "DJANGO_SETTINGS_MODULE": "fourpermille.settings.production",
        "SECRET_KEY": "backup-test-only-" + "k" * 40,
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
        for name, query in (("pages", PAGES), ("revisions", REVISIONS), ("documents", DOCUMENTS)):
            cursor.execute(query)
            tables[name] = cursor.fetchall()
    db.close()
    files = {
        path: hashlib.sha256((Path(media_root) / path).read_bytes()).hexdigest()
        for _id, path, _hash in tables["documents"]
    }
    return tables, files


@pytest.fixture
def empty_database():
    name = f"{connection.settings_dict['NAME']}_restored"
    admin = psycopg2.connect(database_url("postgres"))
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        cursor.execute(f"CREATE DATABASE {name}")
    yield name
    with admin.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    admin.close()


@pytest.mark.django_db(transaction=True)
def test_backup_restores_into_an_empty_database_and_media_folder(
    root_page, tmp_path, empty_database
):
    load_initial_content()
    DocumentFactory(title="annual-report")
    source = connection.settings_dict["NAME"]
    before = snapshot(source, settings.MEDIA_ROOT)
    backups, restored_media = tmp_path / "backups", tmp_path / "media"
    restored_media.mkdir()

    for command in ("dbbackup", "mediabackup"):
        manage(command, database=source, media_root=settings.MEDIA_ROOT, backup_dir=backups)
    for command in ("dbrestore", "mediarestore"):
        manage(command, database=empty_database, media_root=restored_media, backup_dir=backups)

    tables, files = snapshot(empty_database, restored_media)
    assert {language for _id, language, *_ in tables["pages"]} == {"en", "fr", "es"}
    assert len(tables["pages"]) > 100
    assert tables["revisions"]
    assert tables["documents"]
    assert (tables, files) == before
