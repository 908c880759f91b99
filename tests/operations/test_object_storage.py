"""Media on S3-compatible object storage (several app servers), against a local S3 stand-in:
images get renditions at plain URLs, documents leave only through Wagtail's permission check
and a signed URL."""

import subprocess
import sys
from pathlib import Path

import boto3
import pytest
import requests
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from involved.models.join_form import declarations_collection

pytestmark = pytest.mark.django_db

BUCKET = "fourpermille-media"
# The policy site/deploy/README.md tells the operator to put on the bucket.
POLICY = Path(__file__).parent.parent.parent / "site/deploy/object-storage/bucket-policy.json"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "stand-in", "AWS_SECRET_ACCESS_KEY": "stand-in"}


@pytest.fixture(scope="module")
def s3_endpoint():
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch, root_page):
    """The settings base.py makes from AWS_STORAGE_BUCKET_NAME, on an empty bucket (and the
    root collection documents and images go in, which a flushed database lacks)."""
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    client.put_bucket_policy(Bucket=BUCKET, Policy=POLICY.read_text().replace("BUCKET", BUCKET))
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "operations.storage.ObjectStorage"},
    }
    settings.AWS_STORAGE_BUCKET_NAME = BUCKET
    settings.AWS_S3_ENDPOINT_URL = s3_endpoint
    settings.AWS_S3_REGION_NAME = "us-east-1"
    settings.AWS_QUERYSTRING_AUTH = False
    settings.AWS_QUERYSTRING_EXPIRE = 300
    settings.AWS_DEFAULT_ACL = None
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def keys(client):
    return [item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])]


def test_a_bucket_name_switches_media_to_object_storage():
    """What base.py makes of the environment."""
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.STORAGES['default']['BACKEND'], settings.WAGTAILDOCS_SERVE_METHOD, "
        "*settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={
            "DJANGO_SETTINGS_MODULE": "fourpermille.settings.dev",
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": "https://s3.storage.example:9000/",
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        check=True,
    )
    backend, serve_method, *image_sources = result.stdout.split()
    assert (backend, serve_method) == ("operations.storage.ObjectStorage", "redirect")
    # The Content-Security-Policy lets public pages show the bucket's images.
    assert "https://s3.storage.example:9000" in image_sources


def test_an_uploaded_image_gets_renditions_at_plain_urls(bucket):
    image = Image.objects.create(title="Soil profile", file=get_test_image_file())
    rendition = image.get_rendition("width-100|format-webp")

    assert image.file.name in keys(bucket)
    assert rendition.file.name in keys(bucket)
    assert "Signature" not in rendition.url  # the same URL for every visitor: cacheable
    response = requests.get(rendition.url, timeout=10)
    assert response.status_code == 200
    assert response.content[8:12] == b"WEBP"


def test_a_public_document_downloads_through_a_signed_url(client, bucket):
    document = Document.objects.create(
        title="Reference criteria",
        file=ContentFile(b"%PDF-1.4 reference criteria", name="criteria.pdf"),
    )
    assert document.file.name.startswith("documents/")
    assert document.file.name.endswith("/criteria.pdf")

    response = client.get(document.url)
    assert response.status_code == 302
    assert "Signature" in response["Location"]
    download = requests.get(response["Location"], timeout=10)
    assert download.status_code == 200
    assert download.content == b"%PDF-1.4 reference criteria"


def test_a_restricted_document_is_refused_to_an_anonymous_visitor(client, bucket, settings):
    document = Document.objects.create(
        title="Declaration of intent",
        collection=declarations_collection(),
        file=ContentFile(b"%PDF-1.4 declaration", name="declaration.pdf"),
    )

    response = client.get(document.url)

    assert response.status_code == 302
    assert BUCKET not in response["Location"]
    assert "login" in response["Location"]
    # Nor does the bucket give it to whoever learns its name.
    plain = f"{settings.AWS_S3_ENDPOINT_URL}/{BUCKET}/{document.file.name}"
    assert requests.get(plain, timeout=10).status_code == 403
