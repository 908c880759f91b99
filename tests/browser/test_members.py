"""The collaborative platform walked as people would: an application in French becomes a
member's account; members find each other and get in touch; every platform page is private
and passes axe on phones and wide screens, light and dark, in the three languages."""

import os
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from playwright.sync_api import expect

from editorial.roles import setup_roles
from members.models import MemberProfile
from members.onboarding import register_member
from tests.browser.test_reader import assert_accessible

pytestmark = pytest.mark.browser

PASSWORD = "soil-carbon-walk-2025"


def signed_in_context(browser, live_server, user, **options):
    """A browser context holding `user`'s session (signing in is walked in the first test)."""
    client = Client()
    client.force_login(user)
    context = browser.new_context(**options)
    cookie = client.cookies["sessionid"]
    context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])
    return context


def second_member():
    profile = register_member("tom@example.org", "Tom Smith", "Soil Trust", "en", send=False)
    profile.user.set_password(PASSWORD)
    profile.user.save()
    return profile


def test_from_a_french_application_to_a_message_between_members(
    browser, live_server, initial_content_to_change
):
    setup_roles(log=lambda message: None)
    moderator = get_user_model().objects.create_user("secretariat", "s@example.org", PASSWORD)
    moderator.groups.add(*moderator.groups.model.objects.filter(name="Moderators"))

    # An applicant applies in French.
    page = browser.new_context().new_page()
    page.goto(f"{live_server.url}/fr/participer/rejoindre/")
    page.get_by_label("Organisation").fill("Sols Vivants")
    page.get_by_label("Collège").select_option("ngos-civil-society")
    page.get_by_label("Pays").select_option("SN")
    page.get_by_label("Personne à contacter").fill("Awa Diop")
    page.get_by_label("Adresse e-mail").fill("awa@example.org")
    page.locator("textarea").fill("Nous formerons 200 agriculteurs à l’agroforesterie.")
    page.locator("input[name=consent]").check()
    page.get_by_role("button", name="Envoyer ma demande").click()
    page.context.close()

    # A moderator accepts it in the admin.
    admin = browser.new_context(locale="en-GB").new_page()
    admin.goto(f"{live_server.url}/admin/login/")
    admin.get_by_label("Username").fill("secretariat")
    admin.get_by_label("Password").fill(PASSWORD)
    admin.get_by_role("button", name="Sign in").click()
    admin.goto(f"{live_server.url}/admin/platform/applications/")
    admin.get_by_role("link", name="Review").click()
    expect(admin.get_by_label("Language of e-mails")).to_have_value("fr")
    admin.get_by_label("Add the organisation and publish it now").check()
    mail.outbox.clear()
    admin.get_by_role("button", name="Accept and send the login").click()
    expect(admin.get_by_text("awa@example.org is registered on the platform")).to_be_visible()
    admin.context.close()

    # The French e-mail gives the login and the temporary password.
    (welcome,) = mail.outbox
    assert (
        welcome.subject
        == "Votre accès à la plateforme collaborative de l’Initiative «\u00a04 pour 1000\u00a0»"
    )
    login = re.search(r"login officiel\xa0: (\S+)", welcome.body).group(1)
    temporary = re.search(r"mot de passe temporaire\xa0: (\S+)", welcome.body).group(1)

    # The member signs in, must choose a password, completes the profile.
    awa = browser.new_context().new_page()
    awa.goto(f"{live_server.url}/fr/account/login/")
    awa.get_by_label("Nom d’utilisateur").fill(login)
    awa.get_by_label("Mot de passe").fill(temporary)
    awa.get_by_role("button", name="Se connecter").click()
    expect(awa.get_by_role("heading", level=1)).to_have_text("Choisissez votre mot de passe")
    awa.get_by_label("Nouveau mot de passe", exact=True).fill(PASSWORD)
    awa.get_by_label("Confirmation du nouveau mot de passe").fill(PASSWORD)
    awa.get_by_role("button", name="Enregistrer le mot de passe").click()
    expect(awa.get_by_role("heading", level=1)).to_have_text("Votre profil")
    expect(awa.get_by_label("Pays", exact=True)).to_have_value("SN")
    awa.get_by_label("Fonction", exact=True).fill("Agronome")
    awa.get_by_label("Développer des pratiques adaptées aux conditions de sol et de climat").check()
    awa.get_by_role("button", name="Enregistrer votre profil").click()
    expect(awa.get_by_role("status")).to_contain_text("Votre profil est enregistré.")
    expect(awa.get_by_role("navigation", name="Votre compte")).to_contain_text(
        "Connecté en tant que Awa Diop"
    )

    # A second member finds her by country and pillar and writes to her.
    second_member()
    tom = browser.new_context().new_page()
    tom.goto(f"{live_server.url}/en/account/login/")
    tom.get_by_label("Username").fill("tom@example.org")
    tom.get_by_label("Password").fill(PASSWORD)
    tom.get_by_role("button", name="Sign in").click()
    tom.get_by_role("navigation", name="Collaborative platform").get_by_role(
        "link", name="Community"
    ).click()
    tom.get_by_label("Country").select_option("SN")
    tom.get_by_label("Research pillar").select_option("2")
    tom.get_by_role("button", name="Find").click()
    expect(tom.get_by_role("status")).to_have_text("1 member")
    tom.get_by_role("link", name="Awa Diop").click()
    expect(tom.get_by_text("Agronomist")).to_have_count(0)
    expect(tom.locator("main")).to_contain_text("Agronome")
    mail.outbox.clear()
    tom.get_by_role("link", name="Get in touch with Awa Diop").click()
    tom.get_by_label("Your message").fill("Hello Awa, shall we talk about agroforestry?")
    tom.get_by_role("button", name="Send").click()
    expect(tom.get_by_role("status")).to_contain_text("Your message was sent.")

    (message,) = mail.outbox
    assert message.to == ["awa@example.org"]
    assert message.subject == "Tom Smith vous a écrit sur la plateforme «\u00a04 pour 1000\u00a0»"
    assert "tom@example.org" not in message.body
    reply = re.search(r"http\S+/fr/platform/community/\d+/write/", message.body)
    assert reply

    # Anonymous visitors get the sign-in page for every platform URL.
    anonymous = browser.new_context().new_page()
    awa_profile = MemberProfile.objects.get(user__email="awa@example.org")
    for path in [
        "",
        "profile/",
        "profile/password/",
        "profile/data/",
        "profile/close/",
        "community/",
        f"community/{awa_profile.pk}/",
        f"community/{awa_profile.pk}/write/",
        "messages/",
        "about-us/",
        "help-support/",
    ]:
        response = anonymous.goto(f"{live_server.url}/fr/platform/{path}")
        assert "/fr/account/login/" in anonymous.url, path
        assert "Awa" not in anonymous.content()
    assert response.ok


PAGES = [
    "",
    "profile/",
    "profile/password/",
    "community/",
    "community/{pk}/",
    "community/{pk}/write/",
    "messages/",
    "about-us/",
    "help-support/",
    "profile/close/",
]
SCREENSHOTS = ["", "profile/", "community/"]


def test_every_platform_page_passes_axe_and_reflows(
    browser, live_server, initial_content_to_change
):
    me = MemberProfile.objects.create(
        user=get_user_model().objects.create_user(
            "lea@example.org", "lea@example.org", PASSWORD, first_name="Léa", last_name="Martin"
        ),
        organisation_name="Institut des sols",
        country="FR",
        pillars=",1,3,",
        languages=",fr,es,",
        job_title="Chercheuse",
        presentation="Je travaille sur le carbone des sols viticoles.",
    )
    me.user.groups.add(*me.user.groups.model.objects.filter(name="Members"))
    other = second_member()
    # Screenshots of the main pages, to look at, when SCREENSHOT_DIR names a folder.
    shots = Path(os.environ["SCREENSHOT_DIR"]) if os.environ.get("SCREENSHOT_DIR") else None
    failures = []
    for scheme in ("light", "dark"):
        context = signed_in_context(browser, live_server, me.user, color_scheme=scheme)
        page = context.new_page()
        for language in ("en", "fr", "es"):
            for path in PAGES:
                url = f"{live_server.url}/{language}/platform/{path.format(pk=other.pk)}"
                for width in (320, 1280):
                    page.set_viewport_size({"width": width, "height": 800})
                    page.goto(url)
                    expect(page.locator("html")).to_have_attribute("lang", language)
                    overflow = page.evaluate(
                        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                    )
                    if overflow > 0:
                        failures.append(f"{url} at {width} px scrolls {overflow} px sideways")
                    try:
                        assert_accessible(page)
                    except AssertionError as error:
                        failures.append(f"{url} {width} {scheme}: {error}")
                    if shots and scheme == "light" and path in SCREENSHOTS:
                        shot_width = 360 if width == 320 else width
                        page.set_viewport_size({"width": shot_width, "height": 800})
                        name = f"{language}-{path.strip('/').replace('/', '-') or 'dashboard'}-{shot_width}.png"
                        page.screenshot(path=str(shots / name), full_page=True)
        context.close()
    assert failures == []
