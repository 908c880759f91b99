"""The Secretariat proposes a shared item for the public resource library: it becomes a DRAFT
resource page under the English resource index, for the usual review, never a public copy.

Sections never import each other, so the resources app's models are found by name in the app
registry at run time (django.apps.apps.get_model), which is not an import: if the resources app
changes its page type, this is the one place to follow it.

The page points at the item's file as it is, which stays in the members-only collection: the
resource page's editor refuses a private file (sitewide.media_collections.refuse_private), so
the Secretariat moves it to "Public documents" on purpose before the page can be published."""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _


class CannotPromote(Exception):
    pass


def resource_models():
    return (
        apps.get_model("resources", "ResourceIndexPage"),
        apps.get_model("resources", "ResourcePage"),
        apps.get_model("resources", "ResourceType"),
        apps.get_model("resources", "ResourceFile"),
    )


def source_language_objects(model):
    return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


@transaction.atomic
def promote(item, user):
    """The draft resource page made of `item` (the one made before, if it was)."""
    if item.promoted_page_id:
        return item.promoted_page
    index_model, page_model, type_model, file_model = resource_models()
    index = source_language_objects(index_model).order_by("path").first()
    resource_type = source_language_objects(type_model).order_by("pk").first()
    if index is None or resource_type is None:
        raise CannotPromote(
            _("The resource library needs an English resource index page and a resource type.")
        )
    Topic = apps.get_model("home", "Topic")
    keys = [topic.translation_key for topic in item.topics.all()]
    page = page_model(
        title=item.title,
        # The item's number keeps it apart from a page of the same title.
        slug=f"{slugify(item.title)[:70] or 'shared'}-{item.pk}",
        intro=item.summary,
        resource_type=resource_type,
        external_url=item.url,
        live=False,
        owner=user,
    )
    page.topics = list(source_language_objects(Topic).filter(translation_key__in=keys))
    if item.document_id:
        language = item.language if item.language in {"en", "fr", "es"} else "other"
        page.files = [file_model(document=item.document, language=language)]
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    item.promoted_page = page
    item.promoted_at = timezone.now()
    item.save(update_fields=["promoted_page", "promoted_at"])
    return page
