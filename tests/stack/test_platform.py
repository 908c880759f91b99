"""The collaborative platform through the stack: never stored by the HTTP cache, for anonymous
visitors (sent to sign in) nor for members (their own pages)."""

import pytest

PLATFORM = ["/en/platform/", "/fr/platform/community/", "/es/platform/about-us/"]


@pytest.mark.parametrize("path", PLATFORM)
def test_anonymous_visitors_are_sent_to_sign_in_never_from_the_cache(stack, path):
    for _ in range(2):
        response = stack.get(path)
        assert response.status_code == 302
        assert "/account/login/" in response.headers["Location"]
        assert response.headers["X-Cache"] == "MISS"
        assert "private" in response.headers["Cache-Control"]


def sign_in(stack, email, password="stack-member-pass-9"):
    """A browser session of a member registered as add_member does, without its e-mail (the
    stack has no mail server); returns the session and the sign-in's answer."""
    stack.manage(
        "shell",
        "-c",
        "from members.onboarding import register_member\n"
        f"profile = register_member({email!r}, 'Stack Member', send=False)\n"
        f"profile.user.set_password({password!r}); profile.user.save()\n",
    )
    return stack.sign_in("/fr/account/login/", email, password)


def test_a_members_dashboard_is_never_cached_nor_shown_to_anyone_else(stack):
    session, signed_in = sign_in(stack, "stack-member@example.org")
    assert signed_in.headers["Location"] == "/fr/platform/"
    for _ in range(2):
        response = stack.get("/fr/platform/", session=session)
        assert response.status_code == 200
        assert response.headers["X-Cache"] == "MISS"
        assert "Connecté en tant que Stack Member" in response.text
        assert response.headers["X-Robots-Tag"].startswith("noindex")
    assert stack.get("/fr/platform/").status_code == 302


def test_a_members_photo_is_sent_by_nginx_to_members_only(stack):
    out = stack.manage(
        "shell",
        "-c",
        "import io\n"
        "from django.core.files.base import ContentFile\n"
        "from PIL import Image\n"
        "from members.onboarding import register_member\n"
        "data = io.BytesIO(); Image.new('RGB', (60, 60), 'green').save(data, 'JPEG')\n"
        "profile = register_member('photo-member@example.org', 'Photo Member', send=False)\n"
        "profile.photo.save('photo.jpg', ContentFile(data.getvalue()))\n"
        "print(profile.photo.url, profile.photo.name)\n",
    )
    url, stored = out.strip().splitlines()[-1].split()
    assert url.startswith("/en/platform/photos/")

    anonymous = stack.get(url)
    assert anonymous.status_code == 302 and "/account/login/" in anonymous.headers["Location"]
    assert stack.get("/media/" + stored).status_code == 404
    assert stack.get("/_protected/" + stored).status_code == 404

    session, _signed_in = sign_in(stack, "photo-viewer@example.org")
    for _ in range(2):
        response = stack.get(url, session=session)
        assert response.status_code == 200
        assert response.headers["Content-Type"] == "image/jpeg"
        assert response.content.startswith(b"\xff\xd8")  # a JPEG, sent by nginx
        assert "X-Accel-Redirect" not in response.headers
        assert "private" in response.headers["Cache-Control"]
