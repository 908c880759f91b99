"""Proposing a project, asking to join one, and finding them. Plain text only."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from members.models.choices import Pillar
from sitewide.listing import FilterForm
from sitewide.widgets import LongSelect

from .models import Project, Request, Status


class ProjectForm(forms.ModelForm):
    pillar_codes = forms.MultipleChoiceField(
        label=_("Research pillars"),
        required=False,
        choices=Pillar.choices,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Project
        fields = ["title", "summary", "countries", "partners_sought", "status"]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 8}),
            "partners_sought": forms.Textarea(attrs={"rows": 4}),
            "countries": forms.SelectMultiple(attrs={"size": 8}),
        }
        labels = {
            "title": _("Title"),
            "summary": _("Summary"),
            "countries": _("Countries"),
            "partners_sought": _("Partners sought"),
            "status": _("Status"),
        }
        help_texts = {
            "summary": _(
                "What the project is about and what it aims at; 5,000 characters at most."
            ),
            "countries": _("Where the project takes place. Hold Ctrl (or Cmd) to choose several."),
            "partners_sought": _("The expertise, organisations or means you are looking for."),
        }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["pillar_codes"].initial = self.instance.pillar_codes

    def save(self, proposer=None):
        project = super().save(commit=False)
        if proposer is not None:
            project.proposer = proposer
        project.pillar_codes = self.cleaned_data["pillar_codes"]
        project.save()
        return project

    def main_fields(self):
        names = ["title", "summary", "countries", "pillar_codes", "partners_sought", "status"]
        return [self[name] for name in names]


class RequestForm(forms.ModelForm):
    class Meta:
        model = Request
        fields = ["message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}
        labels = {"message": _("Your message to the proposer")}
        help_texts = {
            "message": _("What you would bring to the project; 1,000 characters at most.")
        }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class ProjectFilterForm(FilterForm):
    """The listing's filters."""

    status = forms.ChoiceField(label=_("Status"), required=False)
    pillar = forms.ChoiceField(label=_("Research pillar"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False, widget=LongSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.offer("status", Status.choices)
        self.offer("pillar", Pillar.choices)
        self.offer("country", list(countries))
