"""Notifications in a real browser: the dashboard's What's new, the notifications page, the
settings and the unsubscribe pages pass axe on phones and wide screens, light and dark, in
the three languages; a member unsubscribes from an e-mail's link without signing in."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from playwright.sync_api import expect

from members.models import MemberProfile
from notifications.delivery import notify
from notifications.models import Kind, Preference
from tests.browser.test_members import signed_in_context
from tests.browser.test_reader import assert_accessible

pytestmark = pytest.mark.browser

PAGES = ["", "notifications/", "notifications/settings/"]


def member(email, first_name, language="en"):
    user = get_user_model().objects.create_user(email, email, "x", first_name=first_name)
    user.groups.add(*user.groups.model.objects.filter(name="Members"))
    MemberProfile.objects.create(user=user, email_language=language)
    return user


def test_notification_pages_pass_axe_and_a_member_unsubscribes_in_one_click(
    browser, live_server, initial_content_to_change
):
    lea = member("lea@example.org", "Léa", "fr")
    tom = member("tom@example.org", "Tom")
    for n in range(3):
        notify([lea], Kind.REPLY, actor=tom, title=f"Biochar {n}", url="/fr/platform/")
    notify([lea], Kind.PROJECT_REQUEST, actor=tom, title="Agroforesterie", url="/fr/platform/")
    failures = []
    for scheme in ("light", "dark"):
        context = signed_in_context(browser, live_server, lea, color_scheme=scheme)
        page = context.new_page()
        for language in ("en", "fr", "es"):
            urls = [f"{live_server.url}/{language}/platform/{path}" for path in PAGES]
            urls.append(f"{live_server.url}/{language}/platform/notifications/unsubscribe/x/")
            for url in urls:
                for width in (320, 1280):
                    page.set_viewport_size({"width": width, "height": 800})
                    page.goto(url)
                    overflow = page.evaluate(
                        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                    )
                    if overflow > 0:
                        failures.append(f"{url} at {width} px scrolls {overflow} px sideways")
                    try:
                        assert_accessible(page)
                    except AssertionError as error:
                        failures.append(f"{url} {width} {scheme}: {error}")
        context.close()
    assert failures == []

    # From the dashboard, a notification leads to its page and is then read.
    context = signed_in_context(browser, live_server, lea)
    page = context.new_page()
    page.goto(f"{live_server.url}/fr/platform/")
    panel = page.get_by_role("region", name="Quoi de neuf")
    panel.get_by_role("link", name="Tom a répondu dans «\u00a0Biochar 2\u00a0»").click()
    page.goto(f"{live_server.url}/fr/platform/")
    expect(panel).not_to_contain_text("Biochar 2")
    panel.get_by_role("button", name="Tout marquer comme lu").click()
    expect(page.get_by_role("region", name="Quoi de neuf")).to_contain_text("Rien de nouveau")
    context.close()

    # The link of an e-mail, opened by someone not signed in: a confirmation, then done.
    mail.outbox.clear()
    notify([lea], Kind.MENTION, actor=tom, title="Sols", url="/fr/platform/")
    (email,) = mail.outbox
    link = re.search(r"http\S+/unsubscribe/\S+/", email.body).group()
    anonymous = browser.new_context().new_page()
    anonymous.goto(live_server.url + re.sub(r"^https?://[^/]+", "", link))
    expect(anonymous.locator("main")).to_contain_text("«\u00a0Les mentions de mon nom\u00a0»")
    anonymous.get_by_role("button", name="Me désabonner").click()
    expect(anonymous.get_by_role("status")).to_contain_text("Nous ne vous écrirons plus")
    assert Preference.objects.get(user=lea).mutes(Kind.MENTION)
