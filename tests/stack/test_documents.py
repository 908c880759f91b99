"""Documents sent by nginx (X-Accel-Redirect) keep the protective headers Django gives them:
nginx drops most of the application's headers when it follows the redirect."""

import pytest

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def new_document(stack, name, content, collection="public_documents_collection"):
    module = (
        "involved.models.join_form"
        if collection == "declarations_collection"
        else "sitewide.media_collections"
    )
    out = stack.manage(
        "shell",
        "-c",
        "from django.core.files.base import ContentFile\n"
        "from wagtail.documents.models import Document\n"
        f"from {module} import {collection}\n"
        f"document = Document.objects.create(title={name!r}, collection={collection}(), "
        f"file=ContentFile({content!r}, name={name!r}))\n"
        "print(document.url)\n",
    )
    return out.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("name", "content", "disposition", "policy"),
    [
        ("table.csv", b"a;b\n1;2\n", "attachment", "default-src 'none'; sandbox"),
        ("report.pdf", PDF, "inline", "default-src 'none'"),
    ],
)
def test_documents_keep_their_security_headers_through_the_web_server(
    stack, name, content, disposition, policy
):
    response = stack.get(new_document(stack, name, content))

    assert response.status_code == 200
    assert response.content == content  # sent by nginx, from the media folder
    assert "X-Accel-Redirect" not in response.headers
    assert response.headers["Content-Disposition"].startswith(disposition)
    assert response.headers["Content-Security-Policy"] == policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "max-age=" in response.headers["Strict-Transport-Security"]
    assert "camera=()" in response.headers["Permissions-Policy"]
    # Never kept by a shared cache, which would go on serving it once it is made private.
    assert "private" in response.headers["Cache-Control"]


def test_a_declaration_is_never_sent_to_a_visitor(stack):
    url = new_document(stack, "declaration.pdf", PDF, "declarations_collection")

    response = stack.get(url)

    assert response.status_code == 302
    assert "/account/login/" in response.headers["Location"]
    assert PDF not in response.content
