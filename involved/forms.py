"""The "Join the Initiative" form: fixed fields whose labels are interface strings, so they
are translated with the site's catalogs and every submission has the same keys whatever the
applicant's language (the Secretariat's admin listing and CSV export stay consistent)."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from involved.choices import College
from sitewide.uploads import check_content


def max_upload_size():
    return getattr(settings, "JOIN_FORM_MAX_UPLOAD_SIZE", 5 * 1024 * 1024)


class HoneypotForm(forms.Form):
    """A field hidden from people by CSS, which robots that fill in every field fill in."""

    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")
        # Last, after the fields people fill in.
        self.order_fields([name for name in self.fields if name != "website"])

    @property
    def is_robot(self):
        return bool(self.data.get("website"))


class JoinForm(HoneypotForm):
    organisation = forms.CharField(label=_("Organisation"), max_length=255)
    college = forms.ChoiceField(label=_("College"), choices=College.choices)
    country = forms.ChoiceField(label=_("Country"))
    contact_person = forms.CharField(label=_("Contact person"), max_length=255)
    email = forms.EmailField(label=_("E-mail address"))
    commitment = forms.CharField(
        label=_("Commitment statement"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        help_text=_("What your organisation commits to do for soil carbon, in a few sentences."),
    )
    declaration = forms.FileField(
        label=_("Signed declaration of intent (optional)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the Executive Secretariat keeps these details to process this "
            "application and contacts me about it."
        ),
        error_messages={"required": _("Please give your consent so we can process the form.")},
    )

    def __init__(self, *args, page=None, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["college"].choices = [("", _("Choose a college"))] + College.choices
        self.fields["country"].choices = [("", _("Choose a country"))] + list(countries)
        limit = filesizeformat(max_upload_size())
        self.fields["declaration"].help_text = _("A PDF file of %(limit)s at most.") % {
            "limit": limit
        }

    def clean_declaration(self):
        upload = self.cleaned_data.get("declaration")
        if not upload:
            return None
        limit = max_upload_size()
        if upload.size > limit:
            raise forms.ValidationError(
                _(
                    "This file is %(size)s; the limit is %(limit)s. Please choose a smaller PDF file."
                )
                % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
            )
        try:
            check_content(upload, {"pdf"})
        except forms.ValidationError:
            raise forms.ValidationError(_("Please choose a PDF file.")) from None
        return upload


class ContactForm(HoneypotForm):
    name = forms.CharField(label=_("Your name"), max_length=255)
    email = forms.EmailField(label=_("Your e-mail address"), help_text=_("To answer you."))
    subject = forms.CharField(label=_("Subject"), max_length=200)
    message = forms.CharField(
        label=_("Your message"), widget=forms.Textarea(attrs={"rows": 8}), max_length=5000
    )

    def __init__(self, *args, page=None, user=None, **kwargs):
        super().__init__(*args, **kwargs)

    def clean_subject(self):
        # One line: it becomes the e-mail's subject.
        return " ".join(self.cleaned_data["subject"].split())
