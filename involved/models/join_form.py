"""Join the Initiative: an online application replacing the download-and-e-mail process."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.forms.models import EmailFormMixin, FormMixin, FormSubmission
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField

from home.models import BasePage
from involved.forms import JoinForm
from sitewide.limits import client_ip, within_rate_limit
from sitewide.media_collections import private_collection

from .contact import SecretariatSettings
from .section import INVOLVED_PARENTS

DECLARATIONS_COLLECTION = "Declarations of intent"
# The Executive Secretariat's group (editorial/roles.py): the only one to read applications.
SECRETARIAT_GROUP = "Moderators"

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


class JoinFormPage(EmailFormMixin, FormMixin, BasePage):
    template = "pages/involved/join_form_page.html"
    landing_page_template = "pages/involved/join_form_page_landing.html"
    page_description = _(
        "The form organisations fill in to join the Initiative; under Get involved."
    )
    parent_page_types = INVOLVED_PARENTS
    subpage_types = []
    max_count_per_parent = 1

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

    def get_form_fields(self):
        return []

    def get_data_fields(self):
        return [("submit_time", _("Submission date")), *DATA_FIELDS]

    def get_form_class(self):
        return JoinForm

    def get_submissions_list_view_class(self):
        from involved.submissions import JoinSubmissionsListView

        return JoinSubmissionsListView

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            if not within_rate_limit(
                "join-form", client_ip(request), settings.JOIN_FORM_RATE_LIMIT
            ):
                form.add_error(
                    None, _("Too many forms were sent from your connection. Please try later.")
                )
                response = self.render_form(request, form, status=429)
            elif form.is_robot:
                # Robots get the same answer as people, so they learn nothing.
                response = self.render_landing_page(request)
            elif form.is_valid():
                response = self.render_landing_page(request, self.process_form_submission(form))
            else:
                response = self.render_form(request, form)
        else:
            response = self.render_form(request, self.get_form(page=self, user=request.user))
        # The form holds a CSRF token: it must never be stored by a shared cache.
        patch_cache_control(response, private=True, no_cache=True)
        return response

    def render_form(self, request, form, status=200):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

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
        secretariat = SecretariatSettings.for_site(self.get_site())
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

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        response = super().render_landing_page(request, form_submission, *args, **kwargs)
        patch_cache_control(response, private=True, no_cache=True)
        return response
