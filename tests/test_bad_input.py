"""Bad input never makes the site fail: every sitemap URL with junk parameters, and hostile
paths aimed at documents, media and sign-in, answer with something other than a 5xx."""

import pytest

from tests.helpers import load_initial_content, sitemap_paths

JUNK = [
    {"page": "-1", "year": "99999999999999999999", "college": "<script>", "q": "\x00"},
    {"format": "csv", "topic": "../../etc/passwd", "order": "'; DROP", "type": "é" * 500},
]
HOSTILE = [
    "/media/documents/declaration.pdf",
    "/media/../../etc/passwd",
    "/documents/999999/declaration.pdf",
    "/documents/1/..%2f..%2fetc%2fpasswd",
    "/documents/1/" + "a" * 3000 + ".pdf",
    "/en/account/login/?next=https://evil.example/",
    "/admin/login/?next=//evil.example/",
    "/en/account/password-reset/nobody/not-a-token/",
    "/fr/%00/",
    "/es/search/?q=" + "x" * 5000,
]


# Not in a transaction: wagtail-localize publishes the translations on commit.
@pytest.mark.django_db(transaction=True)
def test_no_5xx_for_junk_parameters_and_hostile_paths(root_page, client):
    load_initial_content()
    paths = sitemap_paths(client)
    assert len(paths) > 50

    failing = {}
    for path in paths:
        for params in JUNK:
            status = client.get(path, params).status_code
            if status >= 500:
                failing[(path, tuple(params))] = status
    for path in HOSTILE:
        if (status := client.get(path).status_code) >= 500:
            failing[path] = status
        for method in (client.post, client.head):
            if (status := method(path).status_code) >= 500:
                failing[(method.__name__, path)] = status

    assert failing == {}
