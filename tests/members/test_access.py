"""The platform is for members: anonymous visitors are sent to sign in, whatever URL they ask
for; members' pages are never stored by a shared cache nor indexed."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from .factories import MemberProfileFactory

pytestmark = pytest.mark.django_db

PLATFORM_PATHS = [
    "",
    "profile/",
    "profile/password/",
    "profile/data/",
    "profile/close/",
    "community/",
    "community/{pk}/",
    "community/{pk}/write/",
    "messages/",
    "search/",
    "search/?q=soil",
]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize("path", PLATFORM_PATHS)
def test_anonymous_visitors_are_sent_to_sign_in(client, member, language, path):
    url = f"/{language}/platform/{path.format(pk=member.pk)}"
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(f"/{language}/account/login/?next=")
    assert "private" in response["Cache-Control"]
    assert "Awa" not in response.content.decode()


@pytest.mark.parametrize("path", PLATFORM_PATHS)
def test_members_pages_are_private_and_not_indexed(member_client, member, path):
    other = MemberProfileFactory()
    response = member_client.get(f"/en/platform/{path.format(pk=other.pk)}")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"].startswith("noindex")


def test_the_header_names_the_member_on_platform_pages_and_public_pages_stay_the_same(
    member_client, home_page
):
    html = member_client.get("/en/platform/").content.decode()
    assert "Signed in as Awa Ndiaye" in html
    assert 'class="site-tools__sign-in"' not in html
    for label in ("Community", "Dashboard", "Profile", "Log out"):
        assert label in html
    public = member_client.get("/en/").content.decode()
    assert "Signed in as" not in public
    assert 'class="site-tools__sign-in"' in public


def footer(html):
    return BeautifulSoup(html, "html.parser").select_one("footer.site-footer")


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_no_part_of_a_platform_page_offers_to_sign_in_even_from_a_warm_cache(
    client, member, home_page, language
):
    """The footer is a cached fragment, built here by an anonymous visitor first."""
    sign_in = f"/{language}/account/login/"
    public = client.get(f"/{language}/").content.decode()
    assert sign_in in str(footer(public))  # the visitor's footer offers to sign in

    client.force_login(member.user)
    for path in ("", "community/", "profile/"):
        html = client.get(f"/{language}/platform/{path}").content.decode()
        assert sign_in not in html, path
        assert footer(html) is not None
    # Public pages stay the same for everyone, after a member's platform page warmed its
    # own footer: the member sees the visitor's footer, and the next visitor does too.
    assert str(footer(client.get(f"/{language}/").content.decode())) == str(footer(public))
    assert str(footer(Client().get(f"/{language}/").content.decode())) == str(footer(public))


def test_a_temporary_password_must_be_replaced_before_anything_else(member_client, member):
    member.must_change_password = True
    member.save()
    for path in ("", "community/", "profile/"):
        response = member_client.get(f"/fr/platform/{path}")
        assert response["Location"] == "/fr/platform/profile/password/"
    page = member_client.get("/fr/platform/profile/password/").content.decode()
    assert "Choisissez votre mot de passe" in page
    response = member_client.post(
        "/fr/platform/profile/password/",
        {"new_password1": "carbone-du-sol-2025", "new_password2": "carbone-du-sol-2025"},
    )
    assert response["Location"] == "/fr/platform/profile/"
    member.refresh_from_db()
    assert not member.must_change_password
    assert member.user.check_password("carbone-du-sol-2025")
    assert member_client.get("/fr/platform/").status_code == 200


def test_a_mismatched_new_password_is_explained_in_the_page_language(member_client, member):
    member.must_change_password = True
    member.save()
    response = member_client.post(
        "/es/platform/profile/password/",
        {"new_password1": "carbono-del-suelo-1", "new_password2": "otra-cosa-2"},
    )
    assert response.status_code == 200
    assert "no coinciden" in response.content.decode()
