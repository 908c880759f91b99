from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Frequency, Kind, Preference


class PreferenceForm(forms.ModelForm):
    """How often the member hears by e-mail, and about what: the kinds are asked the positive
    way ("e-mail me about"), stored as the ones turned off."""

    emailed_kinds = forms.MultipleChoiceField(
        label=_("E-mail me about"),
        choices=Kind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Whatever you choose, the dashboard shows everything new."),
    )

    class Meta:
        model = Preference
        fields = ["frequency"]
        widgets = {"frequency": forms.RadioSelect}
        labels = {"frequency": _("How often we e-mail you about activity")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["frequency"].choices = Frequency.choices  # no empty choice
        muted = self.instance.muted_kind_list
        self.fields["emailed_kinds"].initial = [k for k in Kind.values if k not in muted]

    def save(self, commit=True):
        emailed = self.cleaned_data["emailed_kinds"]
        self.instance.muted_kind_list = [k for k in Kind.values if k not in emailed]
        return super().save(commit)
