from django.core.files.uploadedfile import UploadedFile
from wagtail.documents.forms import BaseDocumentForm

from sitewide.media_collections import PUBLIC_DOCUMENTS
from sitewide.uploads import check_document


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form with a size limit (readers are often on slow or metered
    connections, and big files belong on a repository with a link from the resource) and a
    check of the content: it must be of the type its extension says. A new document is put in
    "Public documents" unless the Secretariat picks another collection (the Root is theirs)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("collection")
        if field is not None and self.instance.pk is None:
            field.initial = field.queryset.filter(name=PUBLIC_DOCUMENTS, depth=2).first()

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if not isinstance(file, UploadedFile):  # editing the details only: the file stays
            return file
        check_document(file)
        return file
