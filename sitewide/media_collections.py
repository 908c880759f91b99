"""Where documents live, and who may reach them.

Wagtail grants document permissions per collection, and a grant covers every collection below
it: a role given rights on the Root collection reaches every document, private ones included.
So the Root is the Secretariat's (editorial/roles.py); what readers may download lives in
"Public documents", the only collection the other roles work in; and each private collection
(the join form's declarations of intent) sits directly under the Root, beside it, never below
it, restricted to the groups that may read it.
"""

from django.contrib.auth.models import Group
from django.db.models.signals import pre_save
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

PUBLIC_DOCUMENTS = "Public documents"


def root_collection():
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def top_collection(name):
    """The collection with this name directly under the Root, made if missing."""
    root = root_collection()
    found = root.get_children().filter(name=name).first()
    return found or root.add_child(name=name)


def public_documents_collection():
    return top_collection(PUBLIC_DOCUMENTS)


def keep_documents_off_the_root(sender, instance, raw=False, **kwargs):
    """The Root holds no document: one saved there (Wagtail's default collection, the first
    choice of the Secretariat's upload form) goes to "Public documents", where editors and
    translators find it. Either place is public; only the editors' view of it changes."""
    if raw or instance.collection_id is None:
        return
    root = root_collection()
    if instance.collection_id == root.pk:
        instance.collection = public_documents_collection()


def connect():
    pre_save.connect(
        keep_documents_off_the_root, sender=get_document_model(), dispatch_uid="documents-root"
    )


def private_collection(name, group_names):
    """A collection under the Root whose documents only these groups (and superusers) may
    download; the restriction is put back if someone removed it."""
    collection = top_collection(name)
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name__in=group_names))
    return collection


def is_private(document):
    return document.collection.get_view_restrictions().exists()


def refuse_private(document):
    """A public page may not offer a private file (a declaration of intent): its title would
    show to every visitor even though the file itself stays refused. The admin's choosers do
    not offer them to editors, but a form can be sent by hand."""
    from django.core.exceptions import ValidationError
    from django.utils.translation import gettext

    if document is not None and is_private(document):
        raise ValidationError(
            gettext("“%(title)s” is a private file: it cannot be offered on a public page.")
            % {"title": document.title}
        )
