import os
import posixpath
import secrets

from django.core.files import storage
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

# Wagtail's document model stores its files under this folder (AbstractDocument.file).
DOCUMENTS_FOLDER = "documents"
# Private files: documents, and members' photos (members/models/profile.py), which only the
# platform's view, for members, sends.
PRIVATE_FOLDERS = (f"{DOCUMENTS_FOLDER}/", "members/")


class PrivateDocumentNamesMixin:
    """Each document goes in a folder of its own with a random name, so no file can be found
    by guessing its path; the file keeps its name for the reader who downloads it."""

    def generate_filename(self, filename):
        folder, name = posixpath.split(filename.replace("\\", "/"))
        if folder == DOCUMENTS_FOLDER:
            folder = posixpath.join(DOCUMENTS_FOLDER, secrets.token_hex(16))
        return super().generate_filename(posixpath.join(folder, name))


class FileSystemStorage(PrivateDocumentNamesMixin, storage.FileSystemStorage):
    """Media on this server's disk (MEDIA_ROOT): one app server."""


class ObjectStorage(PrivateDocumentNamesMixin, S3Storage):
    """Media on S3-compatible object storage, shared by every app server.

    Images and renditions have plain, cacheable URLs (the bucket lets anyone read `images/`,
    site/deploy/README.md). Documents are private in the bucket: Wagtail's document view checks
    the collection's privacy, then redirects to a signed URL that expires
    (AWS_QUERYSTRING_EXPIRE seconds), so a link passed on stops working. Members' photos
    likewise, through the platform's view."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        if not name.startswith(PRIVATE_FOLDERS):
            return super().url(name, parameters, expire, http_method)
        return self.connection.meta.client.generate_presigned_url(
            "get_object",
            Params={"Bucket": self.bucket.name, "Key": self._normalize_name(clean_name(name))},
            ExpiresIn=expire or self.querystring_expire,
        )


class BackupStorage(storage.FileSystemStorage):
    """Backups (BACKUP_DIR) hold password hashes, applications to join and declarations:
    readable by the site's user only, files 0600 in a 0700 folder, whatever the umask and
    however the folder was made."""

    def __init__(self, **options):
        options.setdefault("file_permissions_mode", 0o600)
        options.setdefault("directory_permissions_mode", 0o700)
        super().__init__(**options)

    def _save(self, name, content):
        os.makedirs(self.location, mode=0o700, exist_ok=True)
        os.chmod(self.location, 0o700)
        return super()._save(name, content)
