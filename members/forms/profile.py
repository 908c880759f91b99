"""What a member says about themselves, and what the other members may see of it."""

from django import forms
from django.apps import apps
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from members.models import MemberProfile
from members.models.choices import SHAREABLE_FIELDS, Pillar
from members.models.profile import spoken_language_choices
from sitewide.widgets import LongSelect, LongSelectMultiple

from .photos import PHOTO_ERROR, clean_photo


def directory_choices(current=None):
    """The directory's published organisations in the default language (one record each), by
    name, and the member's own (a draft while the Secretariat reviews it)."""
    Organisation = apps.get_model("involved", "Organisation")
    records = Organisation.objects.filter(
        Q(live=True) | Q(pk=current), locale=Locale.get_default()
    ).values_list("pk", "name")
    return [("", _("Not in the directory"))] + [(str(pk), name) for pk, name in records]


def topic_queryset():
    return apps.get_model("home", "Topic").objects.filter(locale=Locale.get_active())


SHARE_LABELS = {
    "photo": _("Show my photo"),
    "job_title": _("Show my job title"),
    "organisation": _("Show my organisation"),
    "country": _("Show my country"),
    "languages": _("Show the languages I speak"),
    "expertise": _("Show my expertise (pillars and topics)"),
    "presentation": _("Show my presentation"),
}


class ProfileForm(forms.ModelForm):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    directory_entry = forms.ChoiceField(
        label=_("Your organisation in the directory"),
        required=False,
        help_text=_("Links your profile to your organisation's entry in the directory."),
        widget=LongSelect,
    )
    language_codes = forms.MultipleChoiceField(
        label=_("Languages spoken"), required=False, widget=LongSelectMultiple(attrs={"size": 6})
    )
    pillar_codes = forms.MultipleChoiceField(
        label=_("Research pillars"),
        required=False,
        choices=Pillar.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = MemberProfile
        fields = [
            "photo",
            "job_title",
            "organisation_name",
            "country",
            "topics",
            "presentation",
            *[f"share_{name}" for name in SHAREABLE_FIELDS],
            "email_language",
            "accepts_messages",
        ]
        widgets = {
            "topics": forms.CheckboxSelectMultiple,
            "country": LongSelect,
            "presentation": forms.Textarea(attrs={"rows": 6}),
            "photo": forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        }
        labels = {
            "organisation_name": _("Organisation"),
            "topics": _("Topics"),
            "presentation": _("Short presentation"),
        }
        help_texts = {"presentation": _("1,500 characters at most.")}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        user = self.instance.user
        self.fields["first_name"].initial = user.first_name
        self.fields["last_name"].initial = user.last_name
        self.fields["directory_entry"].choices = directory_choices(self.instance.organisation_id)
        self.fields["directory_entry"].initial = self.instance.organisation_id
        self.fields["language_codes"].choices = spoken_language_choices()
        self.fields["language_codes"].initial = self.instance.language_codes
        self.fields["pillar_codes"].initial = self.instance.pillar_codes
        self.fields["topics"].queryset = topic_queryset()
        self.fields["topics"].label = _("Topics")
        self.fields["country"].required = False
        self.fields["photo"].error_messages["invalid_image"] = PHOTO_ERROR
        for name, label in SHARE_LABELS.items():
            self.fields[f"share_{name}"].label = label

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo and photo is not self.instance.photo and hasattr(photo, "content_type"):
            return clean_photo(photo)
        return photo

    def save(self, commit=True):
        profile = super().save(commit=False)
        data = self.cleaned_data
        profile.organisation_id = int(data["directory_entry"]) if data["directory_entry"] else None
        if profile.organisation_id and not profile.organisation_name:
            profile.organisation_name = dict(self.fields["directory_entry"].choices)[
                data["directory_entry"]
            ]
        profile.language_codes = data["language_codes"]
        profile.pillar_codes = data["pillar_codes"]
        user = profile.user
        user.first_name, user.last_name = data["first_name"], data["last_name"]
        if commit:
            user.save(update_fields=["first_name", "last_name"])
            profile.save()
            self.save_m2m()
        return profile

    def share_fields(self):
        return [self[f"share_{name}"] for name in SHAREABLE_FIELDS]

    def about_fields(self):
        names = ["first_name", "last_name", "photo", "job_title", "organisation_name"]
        names += ["directory_entry", "country", "language_codes", "pillar_codes", "topics"]
        return [self[name] for name in [*names, "presentation"]]


class CloseAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_(
            "I understand that my profile will be deleted and that I will not be able to sign in again."
        ),
        error_messages={"required": _("Please tick the box to confirm.")},
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
