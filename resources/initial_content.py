"""The resource types, the resource library and a few resources built from the client's
presentation, from `site/content/resources.json`. Their files are small CSV tables written
from the presentation's text, one per language available."""

import csv
import io

from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from home.topic_loading import ensure_terms, ensure_topics
from sitewide.content_loading import (
    ensure_child,
    loader,
    read_content,
    section_page,
    synchronise_trees,
    translate_all,
)
from sitewide.media_collections import public_documents_collection

from .models import ResourceFile, ResourceIndexPage, ResourcePage, ResourceType

SECTION_SLUG = "news-and-resources"


def ensure_document(data, log):
    """The document with this file name, written from the rows if missing."""
    existing = Document.objects.filter(file__endswith=data["filename"]).first()
    if existing is not None:
        return existing
    text = io.StringIO()
    csv.writer(text).writerows(data["rows"])
    document = Document(
        title=data["title"],
        collection=public_documents_collection(),
        file=ContentFile(text.getvalue().encode("utf-8"), name=data["filename"]),
    )
    document.save()
    log(f"  + document {document.filename}")
    return document


@loader(after=["home"])
def load(log):
    content = read_content("resources.json")
    log("Resources")
    section = section_page(SECTION_SLUG, "resources", log)
    if section is None:
        return
    topics = ensure_topics(log)
    types = ensure_terms(ResourceType, content["types"], "resource type", log)
    fields = dict(content["index"])
    index, _ = ensure_child(section, ResourceIndexPage, fields.pop("slug"), log, **fields)
    pages = []
    for item in content["resources"]:
        fields = dict(item)
        fields["resource_type"] = types[fields.pop("type")]
        fields["topics"] = [topics[slug] for slug in fields["topics"]]
        if index.get_children().filter(slug=fields["slug"]).exists():
            # Its files are documents of their own, which editors manage once made.
            del fields["files"]
        else:
            fields["files"] = [
                ResourceFile(document=ensure_document(data, log), language=data["language"])
                for data in fields["files"]
            ]
        pages.append(ensure_child(index, ResourcePage, fields.pop("slug"), log, **fields)[0])

    synchronise_trees()
    log("Translations of the resource types, the library and its resources")
    translate_all([*types.values(), index, *pages], "resources", log)
