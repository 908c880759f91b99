"""The editorial roles: groups, their permissions and the moderation workflow.

Page permissions are granted on each language's home page, so they cover every page any section
adds below it later. Document permissions follow the collections (sitewide/media_collections.py):
the Moderators hold them on the Root, so on every collection, private ones included; the other
roles only on "Public documents", so they never list, change, move or download a private file.
`setup_roles` makes the database match this module, whatever was there.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language_info
from wagtail.documents import get_document_model
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    TranslatableMixin,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.snippets.models import get_snippet_models

from sitewide.media_collections import (
    PUBLIC_DOCUMENTS,
    public_documents_collection,
    root_collection,
)

EDITORS = "Editors"
MODERATORS = "Moderators"
# The collaborative platform's members: no admin access, no permission of their own.
MEMBERS = "Members"
# What the Secretariat manages of the platform (members app, looked up by the registry).
PLATFORM_MODELS = {
    "memberprofile": ["view", "change"],
    "secretariatmessage": ["view", "change", "delete"],
}
WORKFLOW_NAME = "Review before publishing"
TASK_NAME = "Approval by the Secretariat"

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
# Translators edit the pages wagtail-localize creates for them; they do not add their own.
TRANSLATOR_PAGE_PERMISSIONS = ["change_page"]
MODERATOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
# (app, codenames) granted on the Root collection, and on "Public documents". Images are public
# whatever their collection (Wagtail serves every rendition to anyone), so no private file is an
# image: the editors' image rights stay on the Root.
EDITOR_MEDIA_PERMISSIONS = {
    "root": {"wagtailimages": ["add_image", "change_image", "choose_image"]},
    "public": {"wagtaildocs": ["add_document", "change_document", "choose_document"]},
}
MODERATOR_MEDIA_PERMISSIONS = {
    "root": {
        "wagtailimages": ["add_image", "change_image", "choose_image", "delete_image"],
        "wagtaildocs": ["add_document", "change_document", "choose_document", "delete_document"],
    },
}
SUBMIT_TRANSLATION = ("wagtail_localize", "submit_translation")
ACCESS_ADMIN = ("wagtailadmin", "access_admin")


def translator_groups():
    """Language code -> group name ("French translators"), one per translated language."""
    return {
        code: f"{get_language_info(code)['name']} translators"
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    }


def group_names(user):
    """The names of the user's groups, read once per request (the admin asks several times:
    menus, dashboard panels, reports)."""
    if not hasattr(user, "_editorial_group_names"):
        user._editorial_group_names = set(user.groups.values_list("name", flat=True))
    return user._editorial_group_names


def translator_language(user):
    """The language a translator works in, or None for everyone else (editors, moderators)."""
    names = group_names(user)
    for code, name in translator_groups().items():
        if name in names:
            return code
    return None


def is_moderator(user):
    """Moderators (and superusers) approve, publish and undo translations."""
    return user.is_superuser or user.groups.filter(name=MODERATORS).exists()


def locale_homes():
    """Language code -> that language's home page (the root of its tree), where one exists."""
    return {
        page.locale.language_code: page
        for page in Page.objects.filter(depth=2).select_related("locale")
    }


def translatable_snippet_models():
    return [m for m in get_snippet_models() if issubclass(m, TranslatableMixin)]


def model_permissions(model, actions):
    content_type = ContentType.objects.get_for_model(model)
    codenames = [f"{action}_{model._meta.model_name}" for action in actions]
    return list(Permission.objects.filter(content_type=content_type, codename__in=codenames))


# Permissions that Wagtail and wagtail-localize create in data migrations, on content types of
# their own: recreated here if a database flush has removed them.
MIGRATION_PERMISSIONS = {
    ACCESS_ADMIN: ("admin", "Can access Wagtail admin"),
    SUBMIT_TRANSLATION: ("translation", "Can submit translations"),
}


def permission(app_label, codename):
    if (app_label, codename) in MIGRATION_PERMISSIONS:
        model, name = MIGRATION_PERMISSIONS[(app_label, codename)]
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        return Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permissions(codenames):
    page_type = ContentType.objects.get_for_model(Page)
    return list(Permission.objects.filter(content_type=page_type, codename__in=codenames))


def snippet_permissions(models, actions):
    perms = []
    for model in models:
        model_actions = list(actions)
        if "publish" in actions and not hasattr(model, "live"):
            model_actions.remove("publish")
        perms += model_permissions(model, model_actions)
    return perms


def platform_permissions():
    """Members and their messages to the Secretariat: the Moderators run the platform."""
    if not apps.is_installed("members"):
        return []
    return [
        perm
        for name, actions in PLATFORM_MODELS.items()
        for perm in model_permissions(apps.get_model("members", name), actions)
    ]


def set_group(name, model_perms, page_perms, media_perms):
    """Make the group's permissions exactly these: stale grants from earlier runs go."""
    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.set(model_perms)
    GroupPagePermission.objects.filter(group=group).exclude(
        id__in=[
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=perm)[0].id
            for page, perms in page_perms
            for perm in perms
        ]
    ).delete()
    collections = {"root": root_collection(), "public": public_documents_collection()}
    GroupCollectionPermission.objects.filter(group=group).exclude(
        id__in=[
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collections[where], permission=permission(app, codename)
            )[0].id
            for where, apps in media_perms.items()
            for app, codenames in apps.items()
            for codename in codenames
        ]
    ).delete()
    return group


def gather_public_documents():
    """Documents left on the Root (uploaded before it was the Secretariat's, or there by
    default) go to "Public documents", where editors and translators can choose them."""
    return (
        get_document_model()
        .objects.filter(collection=root_collection())
        .update(collection=public_documents_collection())
    )


def private_collections_within_editors_reach():
    """Restricted collections below "Public documents": the editors' grants there reach them."""
    below = public_documents_collection().get_descendants()
    return list(below.filter(view_restrictions__isnull=False).values_list("name", flat=True))


def setup_roles(log=print):
    homes = locale_homes()
    source = settings.LANGUAGE_CODE
    access_admin = permission(*ACCESS_ADMIN)
    submit_translation = permission(*SUBMIT_TRANSLATION)
    snippets = translatable_snippet_models()
    all_snippets = list(get_snippet_models())

    editor_pages = (
        [(homes[source], page_permissions(EDITOR_PAGE_PERMISSIONS))] if source in homes else []
    )
    set_group(EDITORS, [access_admin], editor_pages, EDITOR_MEDIA_PERMISSIONS)
    log(f"  = {EDITORS}: pages of the {source.upper()} tree (add, edit), images, public documents")

    moderators = set_group(
        MODERATORS,
        [access_admin, submit_translation]
        + snippet_permissions(
            all_snippets, ["add", "change", "delete", "publish", "lock", "unlock"]
        )
        + platform_permissions(),
        [(root, page_permissions(MODERATOR_PAGE_PERMISSIONS)) for root in Page.get_root_nodes()],
        MODERATOR_MEDIA_PERMISSIONS,
    )
    log(f"  = {MODERATORS}: publish every language, snippets, images, every document")

    for code, name in translator_groups().items():
        pages = (
            [(homes[code], page_permissions(TRANSLATOR_PAGE_PERMISSIONS))] if code in homes else []
        )
        set_group(
            name,
            [access_admin, submit_translation] + snippet_permissions(snippets, ["change"]),
            pages,
            EDITOR_MEDIA_PERMISSIONS,
        )
        missing = "" if pages else f" (no {code.upper()} home page yet: run again once it exists)"
        log(f"  = {name}: pages of the {code.upper()} tree (edit){missing}")

    moved = gather_public_documents()
    if moved:
        log(f"  = {moved} document(s) moved from the Root to the public documents")
    for name in private_collections_within_editors_reach():
        log(
            f"  ! WARNING: the private collection '{name}' is inside '{PUBLIC_DOCUMENTS}', where "
            "editors and translators may open every document: move it directly under the Root"
        )
    Group.objects.get_or_create(name=MEMBERS)
    log(f"  = {MEMBERS}: the collaborative platform, no admin access")

    setup_workflow(moderators, homes.values())
    log(f"  = workflow '{WORKFLOW_NAME}' on {len(homes)} language tree(s)")


def setup_workflow(moderators, homes):
    """Everything editors and translators submit goes to the moderators."""
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([moderators])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for home in homes:
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    return workflow
