"""The "Join the Initiative" form: fixed fields whose labels are interface strings, so they
are translated with the site's catalogs and every submission has the same keys whatever the
applicant's language (the Secretariat's admin listing and CSV export stay consistent)."""

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from involved.choices import College

PDF_MAGIC = b"%PDF"


def max_upload_size():
    return getattr(settings, "JOIN_FORM_MAX_UPLOAD_SIZE", 5 * 1024 * 1024)


class JoinForm(forms.Form):
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
    # Honeypot: hidden from people by CSS, filled in by robots that fill in every field.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, page=None, user=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["college"].choices = [("", _("Choose a college"))] + College.choices
        self.fields["country"].choices = [("", _("Choose a country"))] + list(countries)
        limit = filesizeformat(max_upload_size())
        self.fields["declaration"].help_text = _("A PDF file of %(limit)s at most.") % {
            "limit": limit
        }
        honeypot = self.fields["website"].widget.attrs
        honeypot.update(autocomplete="off", tabindex="-1")

    @property
    def is_robot(self):
        return bool(self.data.get("website"))

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
        head = upload.read(len(PDF_MAGIC))
        upload.seek(0)
        if not upload.name.lower().endswith(".pdf") or head != PDF_MAGIC:
            raise forms.ValidationError(_("Please choose a PDF file."))
        return upload


def client_ip(request):
    """The visitor's address; behind a proxy that says so, the one it saw (the last hop)."""
    if getattr(settings, "TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def within_rate_limit(request):
    """Count this attempt for the visitor's address; False once it passes the limit.

    Uses the shared cache, so it holds across processes when Redis is configured."""
    count, seconds = getattr(settings, "JOIN_FORM_RATE_LIMIT", (10, 3600))
    key = f"join-form-attempts:{client_ip(request)}"
    cache.add(key, 0, timeout=seconds)
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds)
        attempts = 1
    return attempts <= count
