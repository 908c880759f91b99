"""The contact page: the Executive Secretariat's address once set in the settings, and a form
to write to the Secretariat, whose messages are stored for it and e-mailed to its address."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import FormSubmission

from home.models import BasePage
from involved.forms import ContactForm

from .form_pages import SecretariatFormMixin
from .section import INVOLVED_PARENTS

# Stored with every message, in this order, for the admin's listing and CSV export.
DATA_FIELDS = [
    ("name", _("Name")),
    ("email", _("E-mail address")),
    ("subject", _("Subject")),
    ("message", _("Message")),
    ("language", _("Language")),
]


class ContactPage(SecretariatFormMixin, BasePage):
    template = "pages/involved/contact_page.html"
    landing_page_template = "pages/involved/contact_page_landing.html"
    page_description = _(
        "How to reach the Executive Secretariat: its address, and a form whose messages are "
        "stored under Forms and e-mailed to the Secretariat's address; under Get involved."
    )
    parent_page_types = INVOLVED_PARENTS
    subpage_types = []
    max_count_per_parent = 1
    form_class = ContactForm
    rate_limit_setting = "CONTACT_FORM_RATE_LIMIT"

    class Meta:
        verbose_name = _("contact page")

    def get_data_fields(self):
        return [("submit_time", _("Submission date")), *DATA_FIELDS]

    def process_form_submission(self, form):
        data = form.cleaned_data
        stored = {name: data[name] for name in ("name", "email", "subject", "message")}
        stored["language"] = translation.get_language_info(translation.get_language())["name"]
        submission = FormSubmission.objects.create(form_data=stored, page=self)
        # Stored only until the Secretariat's address is entered in the settings.
        address = self.secretariat().email
        if address:
            self.send_mail_to(address, stored)
        return submission

    def send_mail_to(self, address, stored):
        # In the default language, the one the Secretariat reads.
        with translation.override(settings.LANGUAGE_CODE):
            labels = dict(DATA_FIELDS)
            body = "\n".join(f"{labels[name]}: {value}" for name, value in stored.items())
            subject = _("Contact page: %(subject)s") % {"subject": stored["subject"]}
        EmailMessage(
            subject=subject,
            body=body,
            to=[address],
            reply_to=[stored["email"]],
        ).send()
