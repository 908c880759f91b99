"""The collaborative platform through the stack: never stored by the HTTP cache, for anonymous
visitors (sent to sign in) nor for members (their own pages)."""

import re

import pytest
import requests

PLATFORM = ["/en/platform/", "/fr/platform/community/", "/es/platform/about-us/"]


@pytest.mark.parametrize("path", PLATFORM)
def test_anonymous_visitors_are_sent_to_sign_in_never_from_the_cache(stack, path):
    for _ in range(2):
        response = stack.get(path)
        assert response.status_code == 302
        assert "/account/login/" in response.headers["Location"]
        assert response.headers["X-Cache"] == "MISS"
        assert "private" in response.headers["Cache-Control"]


def test_a_members_dashboard_is_never_cached_nor_shown_to_anyone_else(stack):
    # Registered as add_member does, without its e-mail (the stack has no mail server).
    stack.manage(
        "shell",
        "-c",
        "from members.onboarding import register_member\n"
        "profile = register_member('stack-member@example.org', 'Stack Member', send=False)\n"
        "profile.user.set_password('stack-member-pass-9'); profile.user.save()\n",
    )
    session = requests.Session()
    login = stack.get("/fr/account/login/", session=session)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text).group(1)
    signed_in = session.post(
        stack.base + "/fr/account/login/",
        verify=str(stack.certificate),
        data={
            "username": "stack-member@example.org",
            "password": "stack-member-pass-9",
            "csrfmiddlewaretoken": token,
        },
        headers={"Referer": stack.base + "/fr/account/login/"},
        allow_redirects=False,
    )
    assert signed_in.headers["Location"] == "/fr/platform/"
    for _ in range(2):
        response = stack.get("/fr/platform/", session=session)
        assert response.status_code == 200
        assert response.headers["X-Cache"] == "MISS"
        assert "Connecté en tant que Stack Member" in response.text
        assert response.headers["X-Robots-Tag"].startswith("noindex")
    assert stack.get("/fr/platform/").status_code == 302
