"""The upload content check finds HTML hidden in a PDF or a CSV file whatever its encoding, and
lets ordinary files through."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from sitewide.uploads import CHUNK, check_content

PDF_HEAD = b"%PDF-1.4\n1 0 obj << >> endobj\n"
PDF_TAIL = b"\ntrailer << >>\n%%EOF\n"
PAYLOADS = [
    "<img src=x onerror=alert(document.cookie)>",
    "<script>alert(1)</script>",
    "<html><body>Hello</body></html>",
    "<svg/onload=alert(1)>",
    "<iframe src=https://example.org>",
    "<!DOCTYPE html><p>",
]
ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-16-le": lambda text: text.encode("utf-16-le"),
    "utf-16-be": lambda text: text.encode("utf-16-be"),
    "utf-16-le-bom": lambda text: b"\xff\xfe" + text.encode("utf-16-le"),
    "utf-16-be-bom": lambda text: b"\xfe\xff" + text.encode("utf-16-be"),
    "utf-32-le": lambda text: text.encode("utf-32-le"),
}


def refused(name, content):
    try:
        check_content(SimpleUploadedFile(name, content), {"pdf", "csv"})
    except ValidationError:
        return True
    return False


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("payload", PAYLOADS)
def test_html_hidden_in_a_pdf_is_refused_in_any_encoding(payload, encoding):
    assert refused("report.pdf", PDF_HEAD + ENCODINGS[encoding](payload) + PDF_TAIL)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_html_in_a_csv_file_is_refused(payload):
    assert refused("table.csv", f"name;note\nAcme;{payload}\n".encode())


def test_a_tag_split_between_two_chunks_is_still_seen():
    content = PDF_HEAD + b"0" * (CHUNK - len(PDF_HEAD) - 5) + "<script>".encode("utf-16-le")
    assert refused("report.pdf", content + PDF_TAIL)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", PDF_HEAD + bytes(range(256)) * 64 + PDF_TAIL),
        ("table.csv", "Pays;Sols\nSénégal;a < body weight; x<5; <imagine>\n".encode()),
        ("table.csv", b"a,b\n<em>1</em>,2\n"),
    ],
    ids=["binary-pdf", "csv-with-less-than-signs", "csv-with-harmless-tags"],
)
def test_ordinary_files_pass(name, content):
    upload = SimpleUploadedFile(name, content)
    check_content(upload, {"pdf", "csv"})
    assert upload.tell() == 0


def test_the_check_leaves_the_file_at_its_start_when_it_refuses():
    upload = SimpleUploadedFile("report.pdf", PDF_HEAD + "<svg>".encode("utf-16-be"))
    with pytest.raises(ValidationError):
        check_content(upload, {"pdf"})
    assert upload.tell() == 0
    assert isinstance(upload.file, io.BytesIO)
