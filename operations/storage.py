import posixpath
import secrets

from django.core.files import storage

# Wagtail's document model stores its files under this folder (AbstractDocument.file).
DOCUMENTS_FOLDER = "documents"


class PrivateDocumentNamesMixin:
    """Each document goes in a folder of its own with a random name, so no file can be found
    by guessing its path; the file keeps its name for the reader who downloads it."""

    def generate_filename(self, filename):
        folder, name = posixpath.split(filename.replace("\\", "/"))
        if folder == DOCUMENTS_FOLDER:
            folder = posixpath.join(DOCUMENTS_FOLDER, secrets.token_hex(16))
        return super().generate_filename(posixpath.join(folder, name))


class FileSystemStorage(PrivateDocumentNamesMixin, storage.FileSystemStorage):
    pass
