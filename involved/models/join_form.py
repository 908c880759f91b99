"""Join the Initiative: an online application replacing the download-and-e-mail process."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.forms.models import EmailFormMixin, FormSubmission
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField

from home.models import BasePage
from involved.forms import JoinForm
from sitewide.media_collections import private_collection

from .form_pages import SECRETARIAT_GROUP, SecretariatFormMixin
from .section import INVOLVED_PARENTS

DECLARATIONS_COLLECTION = "Declarations of intent"

# Stored with every submission, in this order, for the admin's listing and CSV export.
DATA_FIELDS = [
    ("organisation", _("Organisation")),
    ("college", _("College")),
    ("country", _("Country")),
    ("contact_person", _("Contact person")),
    ("email", _("E-mail address")),
    ("commitment", _("Commitment statement")),
    ("declaration", _("Signed declaration of intent")),
    ("consent", _("Consent")),
    ("language", _("Language")),
]


def declarations_collection():
    """Where signed declarations are kept: only the Secretariat's moderators may list,
    change or download them (sitewide/media_collections.py)."""
    return private_collection(DECLARATIONS_COLLECTION, [SECRETARIAT_GROUP])


class JoinFormPage(EmailFormMixin, SecretariatFormMixin, BasePage):
    template = "pages/involved/join_form_page.html"
    landing_page_template = "pages/involved/join_form_page_landing.html"
    page_description = _(
        "The form organisations fill in to join the Initiative; under Get involved."
    )
    parent_page_types = INVOLVED_PARENTS
    subpage_types = []
    max_count_per_parent = 1
    form_class = JoinForm
    rate_limit_setting = "JOIN_FORM_RATE_LIMIT"

    thank_you_text = RichTextField(
        _("confirmation text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown to applicants once their form is sent."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            _("E-mail to the Secretariat"),
        ),
    ]

    # Addresses are settings, not text: translators must not see them.
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    class Meta:
        verbose_name = _("join form page")

    def get_data_fields(self):
        return [("submit_time", _("Submission date")), *DATA_FIELDS]

    def process_form_submission(self, form):
        data = form.cleaned_data
        upload = data.get("declaration")
        document = None
        if upload:
            # The applicant's own file name may say who they are: it is not kept.
            upload.name = "declaration-of-intent.pdf"
            document = get_document_model().objects.create(
                title=f"{data['organisation']}: declaration of intent",
                file=upload,
                collection=declarations_collection(),
            )
        language = translation.get_language_info(translation.get_language())["name"]
        # Stored in the default language, the one the Secretariat reads.
        with translation.override(settings.LANGUAGE_CODE):
            stored = {
                "organisation": data["organisation"],
                "college": str(dict(form.fields["college"].choices)[data["college"]]),
                "country": f"{countries.name(data['country'])} ({data['country']})",
                "contact_person": data["contact_person"],
                "email": data["email"],
                "commitment": data["commitment"],
                "declaration": document.url if document else "",
                "consent": str(_("Yes")),
                "language": language,
            }
        submission = FormSubmission.objects.create(form_data=stored, page=self)
        recipients = self.recipients()
        if recipients:
            self.send_mail_with(stored, upload, recipients)
        return submission

    def recipients(self):
        """The page's "to address", or else the Secretariat's e-mail from the site settings."""
        if self.to_address:
            return [address.strip() for address in self.to_address.split(",")]
        secretariat = self.secretariat()
        return [secretariat.email] if secretariat.email else []

    def send_mail_with(self, stored, upload, recipients):
        with translation.override(settings.LANGUAGE_CODE):
            labels = dict(DATA_FIELDS)
            body = "\n".join(f"{labels[name]}: {value}" for name, value in stored.items())
            subject = self.subject or str(_("New application to join the Initiative"))
        message = EmailMessage(
            subject=subject,
            body=body,
            from_email=self.from_address or settings.DEFAULT_FROM_EMAIL,
            to=recipients,
            reply_to=[stored["email"]],
        )
        if upload:
            upload.seek(0)
            message.attach(upload.name, upload.read(), "application/pdf")
        message.send()
