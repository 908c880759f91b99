"""The Community page's search and filters, tolerant of junk in the query string."""

from django import forms
from django.apps import apps
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from members.models.choices import Pillar
from members.models.profile import spoken_language_choices
from sitewide.widgets import LongSelect


def college_choices():
    """The directory's colleges, if the directory records have them."""
    Organisation = apps.get_model("involved", "Organisation")
    try:
        return list(Organisation._meta.get_field("college").choices or [])
    except Exception:
        return []


class CommunitySearchForm(forms.Form):
    q = forms.CharField(label=_("Name or organisation"), required=False, max_length=100)
    country = forms.ChoiceField(label=_("Country"), required=False, widget=LongSelect)
    pillar = forms.ChoiceField(label=_("Research pillar"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False, widget=LongSelect)
    college = forms.ChoiceField(label=_("College"), required=False)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["country"].choices = everything + list(countries)
        self.fields["pillar"].choices = everything + Pillar.choices
        self.fields["language"].choices = everything + spoken_language_choices()
        self.fields["college"].choices = everything + college_choices()

    def filter(self, profiles):
        """Narrow `profiles` down; a field a member hides never finds them."""
        if not self.is_valid():
            return profiles
        data = self.cleaned_data
        if data["q"]:
            for word in data["q"].split()[:5]:
                profiles = profiles.filter(
                    Q(user__first_name__icontains=word)
                    | Q(user__last_name__icontains=word)
                    | Q(organisation_name__icontains=word, share_organisation=True)
                )
        if data["country"]:
            profiles = profiles.filter(country=data["country"], share_country=True)
        if data["pillar"]:
            profiles = profiles.filter(
                pillars__contains=f",{data['pillar']},", share_expertise=True
            )
        if data["language"]:
            profiles = profiles.filter(
                languages__contains=f",{data['language']},", share_languages=True
            )
        if data["college"]:
            Organisation = apps.get_model("involved", "Organisation")
            entries = Organisation.objects.filter(college=data["college"]).values("pk")
            profiles = profiles.filter(organisation_id__in=entries, share_organisation=True)
        return profiles

    @property
    def filtered(self):
        return self.is_valid() and any(self.cleaned_data.values())
