import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail_localize.models import TranslationSource

pytestmark = pytest.mark.django_db


def digest():
    mail.outbox.clear()
    call_command("translation_digest", stdout=io.StringIO())
    return {message.to[0]: message for message in mail.outbox}


def edit_and_publish(page, intro):
    page.intro = intro
    page.save_revision().publish()


def test_digest_of_pages_newly_out_of_date(site, users, locales, translate):
    about = site["about"]
    fr_page = translate(about, locales["fr"], {"About": "À propos"})
    translate(about, locales["es"], {"About": "Acerca de"})
    assert digest() == {}  # nothing out of date yet

    edit_and_publish(about, "The Initiative, launched at COP 21.")
    # Someone syncs and the Spanish translator takes the change in; the French page lags.
    TranslationSource.objects.get(object_id=about.translation_key).update_from_db()
    translate(about, locales["es"], {"About": "Acerca de"})
    sent = digest()

    assert list(sent) == [users["fr"].email]
    message = sent[users["fr"].email]
    assert message.subject == "4 pour 1000\u00a0: 1 traduction n’est plus à jour"
    assert "À propos" in message.body  # the title the French translator knows it by
    about.refresh_from_db()
    changed_on = timezone.localtime(about.last_published_at).strftime("%Y-%m-%d %H:%M")
    assert f"modifiée le {changed_on}, 1 segment modifié" in message.body
    assert reverse("wagtailadmin_pages:edit", args=[fr_page.pk]) in message.body
    assert "Bonjour" in message.body

    assert digest() == {}  # already told

    edit_and_publish(about, "Changed again.")
    sent = digest()
    assert set(sent) == {users["fr"].email, users["es"].email}
    assert sent[users["es"].email].subject == "4 por 1000: 1 traducción desactualizada"
