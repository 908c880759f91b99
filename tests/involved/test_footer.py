"""The footer's legal notice and social media accounts, set by the Secretariat in Settings."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from involved.models import SecretariatSettings
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def footer(client, path):
    return BeautifulSoup(client.get(path).content, "html.parser").footer


def test_the_footer_shows_the_legal_notice_and_accounts_once_set(
    client, home_page, locales, translate, front_cache, django_capture_on_commit_callbacks
):
    legal = ContentPageFactory(parent=home_page, title="Legal notice", slug="legal-notice")
    translate(home_page, locales["fr"], {})
    translate(
        legal, locales["fr"], {"Legal notice": "Mentions légales", "legal-notice": "mentions"}
    )

    # Nothing set: nothing invented, no empty list.
    empty = footer(client, "/fr/")
    assert empty.select_one(".site-footer__social") is None
    assert "Mentions légales" not in empty.get_text()

    secretariat = SecretariatSettings.for_site(Site.objects.get(is_default_site=True))
    secretariat.legal_notice_page = legal
    secretariat.social_links = [
        ("linkedin", "https://www.linkedin.com/company/example/"),
        ("youtube", "https://www.youtube.com/@example"),
    ]
    front_cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        secretariat.save()

    # Every cached page shows the footer: the front cache is emptied (and again just after).
    assert front_cache == ["everything", "everything"]
    french = footer(client, "/fr/")
    assert french.find("a", string="Mentions légales")["href"] == "/fr/mentions/"
    assert french.select_one(".site-footer__follow").get_text() == "Suivre l’Initiative"
    assert [(a.get_text(), a["href"]) for a in french.select(".site-footer__social a")] == [
        ("LinkedIn", "https://www.linkedin.com/company/example/"),
        ("YouTube", "https://www.youtube.com/@example"),
    ]
    assert footer(client, "/en/").find("a", string="Legal notice")["href"] == "/en/legal-notice/"
