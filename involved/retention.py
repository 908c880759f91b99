"""Applications to join and messages sent from the contact page are kept only as long as the
Secretariat's settings say."""

from datetime import timedelta
from urllib.parse import urlsplit

from django.db import transaction
from django.urls import Resolver404, resolve
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model
from wagtail.models import Site

from involved.models import ContactPage, JoinFormPage, SecretariatSettings

# A month, for a retention period: long enough never to delete an application early.
MONTH = timedelta(days=31)


def declaration_id(submission):
    """The id of the document stored with an application (its URL is what the data keeps)."""
    url = submission.get_data().get("declaration")
    if not url:
        return None
    try:
        match = resolve(urlsplit(url).path)
    except Resolver404:
        return None
    if match.url_name != "wagtaildocs_serve":
        return None
    # Wagtail's pattern captures the id positionally.
    return match.args[0] if match.args else match.kwargs.get("document_id")


def expired_applications(now=None):
    """Each join and contact page's submissions older than its site's retention period."""
    now = now or timezone.now()
    default_site = Site.objects.filter(is_default_site=True).first()
    for page in [*JoinFormPage.objects.all(), *ContactPage.objects.all()]:
        site = page.get_site() or default_site
        months = SecretariatSettings.for_site(site).application_retention_months
        yield from FormSubmission.objects.filter(page=page, submit_time__lt=now - months * MONTH)


@transaction.atomic
def delete_expired_applications(now=None):
    """Delete them and their declarations (Wagtail removes the files once this commits);
    returns how many submissions (applications and messages) and declarations went."""
    submissions = list(expired_applications(now))
    documents = [pk for pk in map(declaration_id, submissions) if pk]
    deleted_documents = 0
    for document in get_document_model().objects.filter(pk__in=documents):
        document.delete()
        deleted_documents += 1
    FormSubmission.objects.filter(pk__in=[s.pk for s in submissions]).delete()
    return len(submissions), deleted_documents
