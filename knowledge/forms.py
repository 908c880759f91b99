"""Sharing a document or a link, and finding what was shared. Everything a member types is
plain text, shown escaped; a link must be a web address (http or https), never a script."""

from django import forms
from django.apps import apps
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import Locale

from members.models import MEMBERS_GROUP
from members.models.choices import Pillar
from sitewide.listing import FilterForm
from sitewide.media_collections import private_collection
from sitewide.uploads import check_document

from .models import COLLECTION, Kind, KnowledgeItem, Language

# The groups who may download the files (the Moderators are the Secretariat, editorial/roles.py).
READERS = [MEMBERS_GROUP, "Moderators"]


def topic_queryset():
    return apps.get_model("home", "Topic").objects.filter(locale=Locale.get_active())


class ShareForm(forms.ModelForm):
    pillar_codes = forms.MultipleChoiceField(
        label=_("Research pillars"),
        required=False,
        choices=Pillar.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    file = forms.FileField(
        label=_("File"),
        required=False,
        help_text=_("PDF, office document, CSV or ZIP; 20 MB at most."),
    )
    url = forms.URLField(
        label=_("Or a link"),
        required=False,
        max_length=500,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_("A web address starting with https:// or http://."),
        error_messages={"invalid": _("Please enter a web address starting with https://.")},
    )

    class Meta:
        model = KnowledgeItem
        fields = ["title", "summary", "language", "topics"]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 6}),
            "topics": forms.CheckboxSelectMultiple,
        }
        labels = {"title": _("Title"), "summary": _("Summary"), "language": _("Language")}
        help_texts = {"summary": _("What it is and why it is useful; 3,000 characters at most.")}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["topics"].queryset = topic_queryset()
        self.fields["topics"].label = _("Topics")
        self.fields["file"].widget.attrs["accept"] = ",".join(
            f".{extension}" for extension in settings.WAGTAILDOCS_EXTENSIONS
        )
        self.editing = self.instance.pk is not None
        if self.editing:
            # An item stays what it was shared as: a document may get a new file, a link a
            # new address; neither turns into the other.
            self.initial.setdefault("pillar_codes", self.instance.pillar_codes)
            if self.instance.document_id:
                del self.fields["url"]
                self.fields["file"].label = _("Replace the file")
                self.fields["file"].help_text = _(
                    "Leave empty to keep the current file. PDF, office document, CSV or ZIP; "
                    "20 MB at most."
                )
            else:
                del self.fields["file"]
                self.fields["url"].label = _("Link")
                self.fields["url"].required = True
                self.initial.setdefault("url", self.instance.url)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not isinstance(upload, UploadedFile):
            return None
        check_document(upload)
        return upload

    def clean(self):
        data = super().clean()
        if self.editing:
            return data
        has_file, has_url = bool(data.get("file")), bool(data.get("url"))
        if "file" in self.errors or "url" in self.errors:
            return data
        if has_file == has_url:
            raise forms.ValidationError(
                _("Please give a file or a link: one of the two, not both.")
            )
        return data

    def save(self, author):
        item = super().save(commit=False)
        item.pillar_codes = self.cleaned_data["pillar_codes"]
        if "url" in self.fields:
            item.url = self.cleaned_data["url"]
        upload = self.cleaned_data.get("file")
        if self.editing:
            if item.document_id:
                replace_file(item.document, item.title, upload)
        else:
            item.author = author
            if upload:
                item.document = get_document_model().objects.create(
                    title=item.title,
                    file=upload,
                    collection=private_collection(COLLECTION, READERS),
                    uploaded_by_user=author,
                )
        item.save()
        self.save_m2m()
        return item


def replace_file(document, title, upload=None):
    """The item's document follows its title, and takes the new file if one was sent (the
    old file is deleted from storage: nobody else links to a private file)."""
    document.title = title
    if upload:
        old = document.file
        document.file = upload
        document.file_size = None
        document.file_hash = ""
        document.save()
        old.storage.delete(old.name)
    else:
        document.save(update_fields=["title"])


class KnowledgeFilterForm(FilterForm):
    """The listing's search and filters."""

    q = forms.CharField(label=_("Search"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    pillar = forms.ChoiceField(label=_("Research pillar"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)

    def __init__(self, *args, topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.offer("language", Language.choices)
        self.offer("pillar", Pillar.choices)
        self.offer("topic", [(topic.slug, topic.name) for topic in topics])
        self.offer("kind", Kind.choices)
