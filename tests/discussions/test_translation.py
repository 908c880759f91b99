"""A post in another language is machine-translated on request when a translator is set,
labelled as such and cleaned like a member's text; without one, no link is offered. A local
fake stands in for DeepL: tests never reach the internet."""

import pytest
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

pytestmark = pytest.mark.django_db


class FakeTranslator(BaseMachineTranslator):
    display_name = "Fake"
    calls = []

    def translate(self, source_locale, target_locale, strings):
        FakeTranslator.calls.append((source_locale.language_code, target_locale.language_code))
        return {
            string: StringValue(
                f"[{target_locale.language_code}] {string.data}<script>alert(1)</script>"
            )
            for string in strings
        }

    def can_translate(self, source_locale, target_locale):
        return source_locale.language_code != target_locale.language_code


@pytest.fixture
def translator(settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "tests.discussions.test_translation.FakeTranslator"
    }
    FakeTranslator.calls = []


def test_a_post_in_another_language_is_translated_and_labelled(translator, member_client, thread):
    post = thread.posts.get()  # in English
    html = member_client.get(f"/fr/platform/discussions/thread/{thread.pk}/").content.decode()
    url = f"/fr/platform/discussions/post/{post.pk}/translate/"
    assert f'href="{url}"' in html
    page = member_client.get(url).content.decode()
    assert "Traduction automatique" in page
    assert "[fr] <p>First results from <strong>Thiès</strong>.</p>" in page
    assert "<script>alert(1)" not in page  # the service's answer is cleaned too
    member_client.get(url)
    assert FakeTranslator.calls == [("en", "fr")]  # kept, not asked again
    # A post in the reader's own language offers no translation.
    english = member_client.get(f"/en/platform/discussions/thread/{thread.pk}/").content.decode()
    assert "/translate/" not in english


def test_without_a_translator_no_link_is_offered(settings, member_client, thread):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    post = thread.posts.get()
    html = member_client.get(f"/fr/platform/discussions/thread/{thread.pk}/").content.decode()
    assert "/translate/" not in html
    page = member_client.get(f"/fr/platform/discussions/post/{post.pk}/translate/")
    assert page.status_code == 200
    assert "Thiès" in page.content.decode()  # the original, with a notice
