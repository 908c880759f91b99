from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from sitewide.uploads import check_document

# 20,000 characters is some ten pages of text: longer is not a post but a document to attach.
BODY_MAX_LENGTH = 20_000
TOO_LONG = _(
    "Your text has %(show_value)d characters; a post may have at most %(limit_value)d. "
    "Please shorten it, or attach a longer text as a document."
)


class PlatformForm(forms.Form):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


def body_field():
    return forms.CharField(
        label=_("Your text"),
        max_length=BODY_MAX_LENGTH,
        error_messages={"max_length": TOO_LONG},
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Formatting: **bold**, *italics*, [a link](https://example.org), lists with - "
            "and quotes with >; @ and a member's first and last names tells them. HTML is "
            "shown as typed."
        ),
    )


def language_field():
    return forms.ChoiceField(label=_("Language of your text"), choices=settings.LANGUAGES)


class AttachmentMixin(forms.Form):
    attachment = forms.FileField(
        label=_("Attach a document (optional)"),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attachment"].help_text = _(
            "PDF, office documents, CSV or ZIP, up to %(limit)s."
        ) % {"limit": filesizeformat(settings.DOCUMENT_MAX_UPLOAD_SIZE)}

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        check_document(upload)
        return upload

    def files_to_attach(self):
        upload = self.cleaned_data.get("attachment")
        return [upload] if upload else []


class ThreadForm(AttachmentMixin, PlatformForm):
    title = forms.CharField(label=_("Title"), max_length=200)
    body = body_field()
    language = language_field()
    field_order = ["title", "body", "language", "attachment"]


class ReplyForm(AttachmentMixin, PlatformForm):
    body = body_field()
    language = language_field()
    field_order = ["body", "language", "attachment"]


class EditForm(PlatformForm):
    body = body_field()


class ReportForm(PlatformForm):
    reason = forms.CharField(
        label=_("What is wrong with this post?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only the Secretariat reads this."),
    )
