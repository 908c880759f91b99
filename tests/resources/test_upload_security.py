"""Uploads are judged by their content, documents are private where their collection says so,
and images cannot exhaust a worker's memory."""

import os
import re
import struct
import subprocess
import sys
import zlib

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.utils.sendfile import _get_sendfile

from editorial.roles import setup_roles
from tests.editorial.factories import UserFactory
from tests.resources.factories import DocumentFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
POLYGLOT = b"%PDF-1.4\n" + HTML + b"\n%%EOF\n"


@pytest.fixture
def admin_client(client, django_user_model, root_page):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    return client


def upload(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile(name, content),
        },
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", EXE),
        ("report.pdf", HTML),
        ("report.pdf", POLYGLOT),
        ("plan.docx", PDF),
        ("data.csv", EXE),
    ],
    ids=["exe-as-pdf", "html-as-pdf", "pdf-html-polyglot", "pdf-as-docx", "exe-as-csv"],
)
def test_admin_refuses_a_document_whose_content_is_not_its_type(admin_client, name, content):
    response = upload(admin_client, name, content)

    assert response.status_code == 200
    assert not Document.objects.exists()
    assert "content is not a" in response.content.decode()


def test_the_refusal_is_in_the_editors_language(admin_client):
    admin_client.cookies["django_language"] = "fr"

    response = upload(admin_client, "report.pdf", EXE)

    assert "n’est pas celui d’un fichier PDF" in response.content.decode()


def test_admin_keeps_real_documents_in_folders_nobody_can_guess(admin_client):
    for _upload in range(2):
        assert upload(admin_client, "criteria.pdf", PDF).status_code == 302

    first, second = Document.objects.order_by("pk")
    assert re.fullmatch(r"documents/[0-9a-f]{32}/criteria\.pdf", first.file.name)
    assert first.file.name != second.file.name
    # Readers still download the file under its own name.
    assert first.url == f"/documents/{first.pk}/criteria.pdf"


@pytest.fixture
def private_document(home_page):
    setup_roles(log=lambda message: None)
    collection = Collection.get_first_root_node().add_child(name="Declarations of intent")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name="Moderators"))
    return DocumentFactory(
        file=SimpleUploadedFile("declaration.pdf", PDF), collection=collection, title="Private"
    )


@pytest.fixture
def nginx_sendfile(settings, media_root):
    """The production setting SENDFILE_BACKEND=nginx (fourpermille/settings/base.py)."""
    settings.SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    settings.SENDFILE_ROOT = str(media_root)
    settings.SENDFILE_URL = "/_protected"
    _get_sendfile.clear()  # Wagtail keeps the backend it loaded first
    yield
    _get_sendfile.clear()


def test_a_private_document_is_refused_to_visitors_editors_and_translators(
    client, private_document, nginx_sendfile
):
    response = client.get(private_document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/")

    for group in ("Editors", "French translators", "Spanish translators"):
        client.force_login(UserFactory(groups=[group]))
        response = client.get(private_document.url)
        # Signed in already: a refusal, not the sign-in page (which would send them back).
        assert response.status_code == 403, group
        assert "X-Accel-Redirect" not in response
        assert "Access refused" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "title"),
    [("en", "Access refused"), ("fr", "Accès refusé"), ("es", "Acceso denegado")],
)
def test_the_refusal_is_in_the_readers_language(client, private_document, language, title):
    client.force_login(UserFactory(groups=["Editors"]))
    client.cookies["django_language"] = language

    response = client.get(private_document.url)

    assert response.status_code == 403
    assert f"<h1>{title}</h1>" in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_the_web_server_sends_a_private_document_once_wagtail_allows_it(
    client, private_document, nginx_sendfile
):
    client.force_login(UserFactory(groups=["Moderators"]))

    response = client.get(private_document.url)

    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/_protected/{private_document.file.name}"
    assert response["Content-Disposition"] == 'inline; filename="declaration.pdf"'
    assert response.content == b""


def test_sendfile_backend_comes_from_the_environment():
    script = (
        "from django.conf import settings as s; "
        "print(s.WAGTAILDOCS_SERVE_METHOD, s.SENDFILE_BACKEND, s.SENDFILE_URL, "
        "s.SENDFILE_ROOT == str(s.MEDIA_ROOT))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "fourpermille.settings.base",
            "SENDFILE_BACKEND": "nginx",
        },
        capture_output=True,
        text=True,
    )
    assert result.stdout.split() == [
        "serve_view",
        "django_sendfile.backends.nginx",
        "/_protected",
        "True",
    ], result.stderr


def png(width, height):
    """A black-and-white PNG of that size, compressed to a few kilobytes."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" * (1 + (width + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _row in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


MEASURE = """
import sys
import django
django.setup()
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.images.fields import WagtailImageField

data = open(sys.argv[1], "rb").read()
try:
    WagtailImageField().clean(SimpleUploadedFile("huge.png", data))
    print("accepted")
except ValidationError as error:
    print("refused:", " ".join(error.messages))
# An image that reached the disk some other way is not decoded either.
try:
    Image.open(sys.argv[1]).thumbnail((400, 400))
    print("thumbnail made")
except Image.DecompressionBombError:
    print("thumbnail refused")
# The peak resident size of this process's own memory (getrusage's maxrss would also count
# the test process this one was forked from).
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print("maxrss_mb", int(peak.split()[1]) // 1024)
"""


def test_a_20000_by_20000_png_is_refused_without_the_worker_growing(tmp_path):
    path = tmp_path / "huge.png"
    path.write_bytes(png(20_000, 20_000))

    result = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path)],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "fourpermille.settings.test"},
        capture_output=True,
        text=True,
    )

    lines = result.stdout.splitlines()
    assert lines[0].startswith("refused:"), result.stderr
    assert "Maximum pixels 25000000" in lines[0]
    assert lines[1] == "thumbnail refused"
    assert int(lines[2].split()[1]) < 300


@pytest.mark.parametrize(
    ("name", "content", "disposition", "policy"),
    [
        ("table.csv", b"a;b\n1;2\n", "attachment", "default-src 'none'; sandbox"),
        ("plan.docx", b"PK\x03\x04", "attachment", "default-src 'none'; sandbox"),
        ("report.pdf", PDF, "inline", "default-src 'none'"),
    ],
)
def test_only_pdfs_are_shown_inline_and_every_other_document_is_sandboxed(
    client, home_page, nginx_sendfile, name, content, disposition, policy
):
    document = DocumentFactory(file=SimpleUploadedFile(name, content))

    response = client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith(disposition)
    assert response["Content-Security-Policy"] == policy
    assert response["X-Content-Type-Options"] == "nosniff"
    # A shared cache's copy would outlive a move into a private collection.
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-cache"}
