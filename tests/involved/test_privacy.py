"""The privacy notice, and applications kept only as long as the Secretariat's settings say."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents.models import Document
from wagtail.models import Site

from home.models import ContentPage
from involved.models import SecretariatSettings
from tests.helpers import load_initial_content

from .factories import JoinFormPageFactory
from .test_join_form import PDF, URL, application

# What the website does with an application, in each language (the Secretariat's own
# commitments, such as how long it keeps them, wait in a draft revision for its approval).
NOTICES = {
    "en": (
        "/en/privacy/",
        "deleted automatically after the retention period the Secretariat sets.",
    ),
    "fr": ("/fr/confidentialite/", "Le formulaire d’adhésion transmet au Secrétariat exécutif"),
    "es": ("/es/privacidad/", "El formulario de adhesión envía a la Secretaría Ejecutiva"),
}


@pytest.mark.django_db(transaction=True)
def test_the_privacy_notice_is_in_three_languages_and_linked_from_footer_and_join_form(
    root_page, client
):
    load_initial_content()

    for language, (path, sentence) in NOTICES.items():
        notice = BeautifulSoup(client.get(path).content, "html.parser")
        text = notice.main.get_text(" ")
        assert sentence in text
        assert "24" not in text, "no retention promise the Secretariat has not approved"
        home = BeautifulSoup(client.get(f"/{language}/").content, "html.parser")
        assert path in [a["href"] for a in home.footer.find_all("a")]
    privacy = ContentPage.objects.get(locale__language_code="en", slug="privacy")
    assert "24 months" in str(privacy.get_latest_revision_as_object().body.raw_data)
    join = client.get("/fr/participer/rejoindre/")
    form = BeautifulSoup(join.content, "html.parser").find("form", method="post")
    assert form.find("a", href="/fr/confidentialite/") is not None


@pytest.fixture
def join_page(get_involved):
    return JoinFormPageFactory(parent=get_involved)


def sent(client, days_ago, organisation):
    declaration = SimpleUploadedFile("declaration.pdf", PDF, content_type="application/pdf")
    client.post(URL, application(organisation=organisation, declaration=declaration))
    submission = FormSubmission.objects.latest("pk")
    submission.submit_time = timezone.now() - timedelta(days=days_ago)
    submission.save()
    return Document.objects.latest("pk")


@pytest.mark.django_db
def test_applications_and_their_files_are_deleted_after_the_retention_period(
    client, join_page, django_capture_on_commit_callbacks
):
    old_file = sent(client, days_ago=25 * 31, organisation="Old application").file
    recent = sent(client, days_ago=200, organisation="Recent application")
    assert old_file.storage.exists(old_file.name)

    with django_capture_on_commit_callbacks(execute=True):
        call_command("delete_old_applications", stdout=open("/dev/null", "w"))  # noqa: SIM115

    remaining = [s.get_data()["organisation"] for s in FormSubmission.objects.all()]
    assert remaining == ["Recent application"]
    assert list(Document.objects.all()) == [recent]
    assert not old_file.storage.exists(old_file.name)

    # The Secretariat shortens the period in Settings: the next daily run follows it.
    secretariat = SecretariatSettings.for_site(Site.objects.get(is_default_site=True))
    assert secretariat.application_retention_months == 24
    secretariat.application_retention_months = 6
    secretariat.save()
    call_command("delete_old_applications", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not FormSubmission.objects.exists()
    assert not Document.objects.exists()
