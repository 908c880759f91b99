"""Members' photos are private: only members see them, through the platform, never from the
public media folder."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.utils.sendfile import _get_sendfile

from .factories import MemberProfileFactory
from .test_profile import jpeg, profile_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def photo_url(member_client, member, media_root):
    """Awa's photo, uploaded from her profile, as another member's Community page shows it."""
    member_client.post("/en/platform/profile/", profile_data(photo=jpeg()))
    member.refresh_from_db()
    viewer = Client()
    viewer.force_login(MemberProfileFactory().user)
    card = BeautifulSoup(viewer.get("/en/platform/community/").content, "html.parser")
    return card.select_one("img.member-card__photo")["src"]


def test_a_member_sees_another_members_photo_an_anonymous_visitor_never_does(member, photo_url):
    client = Client()
    assert photo_url.startswith("/en/platform/photos/") and "/media/" not in photo_url

    response = client.get(photo_url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/")
    # Not from the media folder either (the web server serves /media/images/ only).
    assert client.get(f"/media/{member.photo.name}").status_code == 404

    client.force_login(MemberProfileFactory().user)
    response = client.get(photo_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert b"".join(response.streaming_content) == member.photo.open("rb").read()
    assert "private" in response["Cache-Control"]


def test_a_hidden_photo_is_for_its_member_only_and_a_closed_account_s_for_nobody(
    member_client, member, photo_url
):
    member.share_photo = False
    member.save()
    client = Client()
    client.force_login(MemberProfileFactory().user)
    assert client.get(photo_url).status_code == 404
    assert member_client.get(photo_url).status_code == 200  # her own

    member.share_photo = True
    member.save()
    member.user.is_active = False  # deactivated by the Secretariat
    member.user.save()
    assert client.get(photo_url).status_code == 404
    assert client.get("/en/platform/photos/not-a-photo.jpg").status_code == 404


@pytest.fixture
def nginx_sendfile(settings, media_root):
    """The production setting SENDFILE_BACKEND=nginx (fourpermille/settings/base.py)."""
    settings.SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    settings.SENDFILE_ROOT = str(media_root)
    settings.SENDFILE_URL = "/_protected"
    _get_sendfile.clear()  # Wagtail keeps the backend it loaded first
    yield
    _get_sendfile.clear()


def test_in_production_the_web_server_sends_the_photo_once_the_platform_allows_it(
    member, photo_url, nginx_sendfile
):
    client = Client()
    client.force_login(MemberProfileFactory().user)
    response = client.get(photo_url)
    assert response["X-Accel-Redirect"] == f"/_protected/{member.photo.name}"
    assert response["Content-Type"] == "image/jpeg"
    assert "private" in response["Cache-Control"]
    assert response.content == b""


def test_the_profile_form_and_the_data_download_give_the_platform_s_address(
    member_client, member, photo_url
):
    form = member_client.get("/en/platform/profile/").content.decode()
    assert f'href="{photo_url}"' in form
    assert "/media/members/" not in form
    data = member_client.get("/en/platform/profile/data/").json()
    assert data["profile"]["photo"] == photo_url
