"""The Secretariat's forms in the admin: accept or decline an application."""

from django import forms
from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from members.onboarding import find_existing


def organisation_choices(field):
    Organisation = apps.get_model("involved", "Organisation")
    return Organisation._meta.get_field(field).choices


class AcceptForm(forms.Form):
    organisation = forms.CharField(label=_("Organisation"), max_length=255)
    college = forms.ChoiceField(label=_("College"))
    status = forms.ChoiceField(label=_("Status in the directory"))
    country = forms.ChoiceField(
        label=_("Country"), choices=[("", "---")] + list(countries), required=False
    )
    contact_person = forms.CharField(label=_("Contact person"), max_length=255)
    email = forms.EmailField(label=_("E-mail address (the member's login)"))
    language = forms.ChoiceField(label=_("Language of e-mails"), choices=settings.LANGUAGES)
    directory = forms.ChoiceField(
        label=_("Members and partners directory"),
        widget=forms.RadioSelect,
        choices=[
            ("draft", _("Add the organisation as a draft, to review and publish later")),
            ("publish", _("Add the organisation and publish it now")),
            ("none", _("Do not add it (it is already in the directory, or will not be)")),
        ],
        initial="draft",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["college"].choices = organisation_choices("college")
        self.fields["status"].choices = organisation_choices("status")

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if find_existing(email):
            raise forms.ValidationError(_("This address already has an account on the platform."))
        return email


class DeclineForm(forms.Form):
    send_email = forms.BooleanField(
        label=_("Send the applicant a polite e-mail in their language"),
        required=False,
        initial=True,
    )
