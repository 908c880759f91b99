"""Uploaded files are judged by their content, not their name: a file must really be of the
type its extension says (the signature `filetype` reads), and may not hide a web page that a
browser could be led to run (a "polyglot", e.g. a PDF header followed by HTML)."""

import posixpath
import re

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

# Extension -> the types its content may be (office files are ZIP containers).
OFFICE = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
CONTENT_TYPES = {
    "pdf": {"application/pdf"},
    **{extension: {mime} for extension, mime in OFFICE.items()},
    "zip": {"application/zip", *OFFICE.values()},
    # Plain text has no signature: it must have none and read as text.
    "csv": {None},
}
# The tags that make a browser run or load something; a tag's name follows "<" directly, so
# "a < body weight" in a table is not one.
MARKUP = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|script|iframe|frame|svg|img|object|embed|meta|"
    rb"link|style|base|form|math)[\s/>]",
    re.I,
)
CHUNK = 1024 * 1024
OVERLAP = 128


def extension_of(name):
    return posixpath.splitext(name)[1].lstrip(".").lower()


def holds_markup(upload):
    """Whether HTML a browser would run appears anywhere in the file, in any encoding: ASCII or
    UTF-8, and UTF-16 or UTF-32 of either byte order, with or without a byte order mark (the
    same text with zero bytes between its characters, so it is searched again without them).
    Read in chunks, with an overlap so a tag split between two chunks is still seen."""
    upload.seek(0)
    tail = b""
    while chunk := upload.read(CHUNK):
        window = tail + chunk
        if MARKUP.search(window) or MARKUP.search(window.replace(b"\x00", b"")):
            return True
        tail = chunk[-OVERLAP:]
    return False


def check_content(upload, allowed_extensions):
    """Raise a ValidationError unless `upload` is what its extension says, among
    `allowed_extensions`. Leaves the file at its start."""
    extension = extension_of(upload.name)
    if extension not in allowed_extensions or extension not in CONTENT_TYPES:
        raise ValidationError(
            _("Files of this type are not accepted. Accepted types: %(types)s."),
            code="invalid_extension",
            params={"types": ", ".join(sorted(allowed_extensions))},
        )
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    mime = kind.mime if kind else None
    readable = mime is not None or b"\x00" not in head
    if mime not in CONTENT_TYPES[extension] or not readable or holds_markup(upload):
        upload.seek(0)
        raise ValidationError(
            _(
                "This file's content is not a %(type)s file, whatever its name says. Please "
                "choose the original file, or save it again as %(type)s."
            ),
            code="content_mismatch",
            params={"type": extension.upper()},
        )
    upload.seek(0)


def check_document(upload):
    """Raise a ValidationError unless `upload` is a document the site takes: within
    DOCUMENT_MAX_UPLOAD_SIZE, of an allowed type, and what its name says."""
    limit = settings.DOCUMENT_MAX_UPLOAD_SIZE
    if upload.size > limit:
        raise ValidationError(
            _("This file is %(size)s; documents may be at most %(limit)s."),
            code="file_too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
        )
    check_content(upload, settings.WAGTAILDOCS_EXTENSIONS)
