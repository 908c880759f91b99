import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Page
from wagtail.permissions import policy_registry

from editorial.roles import WORKFLOW_NAME, setup_roles
from home.models import Topic
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


def about_in(site, language):
    return site["about"].get_translation(
        Page.objects.get(depth=2, locale__language_code=language).locale
    )


def test_setup_roles_is_idempotent_and_replaces_stale_grants(site):
    setup_roles(log=lambda m: None)
    editors = Group.objects.get(name="Editors")
    # A grant someone added by hand on the root would let editors into every language.
    GroupPagePermission.objects.create(
        group=editors, page=Page.get_first_root_node(), permission_type="publish"
    )
    first = sorted(
        GroupPagePermission.objects.values_list("group__name", "page_id", "permission__codename")
    )

    setup_roles(log=lambda m: None)
    second = sorted(
        GroupPagePermission.objects.values_list("group__name", "page_id", "permission__codename")
    )

    assert ("Editors", Page.get_first_root_node().pk, "publish_page") not in second
    assert set(second) < set(first)
    setup_roles(log=lambda m: None)
    assert (
        sorted(
            GroupPagePermission.objects.values_list(
                "group__name", "page_id", "permission__codename"
            )
        )
        == second
    )
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Editors",
        "Moderators",
        "French translators",
        "Spanish translators",
    }


@pytest.mark.parametrize(
    ("role", "language", "can_edit", "can_publish"),
    [
        ("editor", "en", True, False),
        ("editor", "fr", False, False),
        ("moderator", "en", True, True),
        ("moderator", "fr", True, True),
        ("moderator", "es", True, True),
        ("fr", "fr", True, False),
        ("fr", "es", False, False),
        ("fr", "en", False, False),
        ("es", "es", True, False),
        ("es", "fr", False, False),
    ],
)
def test_page_permissions_per_role(site, users, role, language, can_edit, can_publish):
    page = about_in(site, language)
    perms = page.permissions_for_user(users[role])

    assert perms.can_edit() is can_edit
    assert perms.can_publish() is can_publish


@pytest.mark.parametrize(
    ("role", "language", "allowed"),
    [
        ("editor", "en", True),
        ("editor", "es", False),
        ("fr", "fr", True),
        ("fr", "es", False),
        ("fr", "en", False),
    ],
)
def test_edit_view_follows_the_roles(client, site, users, role, language, allowed):
    client.force_login(users[role])

    response = client.get(reverse("wagtailadmin_pages:edit", args=[about_in(site, language).pk]))

    assert (response.status_code == 200) is allowed


def test_permissions_cover_pages_other_sections_add_later(site, users):
    later = ContentPageFactory(parent=site["about"], slug="governance")

    assert later.permissions_for_user(users["editor"]).can_edit()
    assert not later.permissions_for_user(users["editor"]).can_publish()
    assert later.permissions_for_user(users["moderator"]).can_publish()


def test_media_and_translation_permissions(users):
    image_policy = policy_registry.get_by_type(get_image_model())
    for role in ("editor", "fr", "es", "moderator"):
        assert image_policy.user_has_permission(users[role], "add")
        assert users[role].has_perm("wagtailadmin.access_admin")
    for role in ("fr", "es", "moderator"):
        assert users[role].has_perm("wagtail_localize.submit_translation")
    assert not users["editor"].has_perm("wagtail_localize.submit_translation")


def test_moderators_manage_snippets_and_translators_only_their_language(client, locales, users):
    topic = Topic.objects.create(name="Soil carbon", slug="soil-carbon", locale=locales["en"])
    french = topic.copy_for_translation(locales["fr"])
    french.save()
    spanish = topic.copy_for_translation(locales["es"])
    spanish.save()

    def can_edit(user, obj):
        client.force_login(user)
        url = reverse("wagtailsnippets_home_topic:edit", args=[obj.pk])
        opened = client.get(url).status_code == 200
        client.post(url, {"name": f"Changed by {user.username}", "slug": "soil-carbon"})
        obj.refresh_from_db()
        changed = obj.name == f"Changed by {user.username}"
        assert opened is changed
        return changed

    assert users["moderator"].has_perm("home.delete_topic")
    assert can_edit(users["moderator"], topic)
    assert can_edit(users["fr"], french)
    assert not can_edit(users["fr"], spanish)
    assert not can_edit(users["fr"], topic)
    assert not can_edit(users["editor"], topic)


def test_every_language_tree_goes_through_review(site, roles):
    for language in ("en", "fr", "es"):
        workflow = about_in(site, language).get_workflow()
        assert workflow is not None and workflow.name == WORKFLOW_NAME
        task = workflow.tasks.get().specific
        assert list(task.groups.values_list("name", flat=True)) == ["Moderators"]


def test_translators_cannot_translate_into_the_other_language(client, site, users, locales):
    client.force_login(users["fr"])
    url = reverse("wagtail_localize:submit_page_translation", args=[site["about"].pk])

    response = client.post(url, {"locales": [locales["es"].pk]})

    assert response.status_code == 200  # the form comes back with an error
    assert site["about"].get_translation(locales["es"]).alias_of_id == site["about"].pk
    assert Permission.objects.filter(codename="submit_translation").exists()


def test_translators_translate_snippets_into_their_language_only(client, users, locales):
    topic = Topic.objects.create(name="Soil carbon", slug="soil-carbon", locale=locales["en"])
    url = reverse("wagtail_localize:submit_snippet_translation", args=["home", "topic", topic.pk])
    client.force_login(users["fr"])

    client.post(url, {"locales": [locales["es"].pk]})
    client.post(url, {"locales": [locales["fr"].pk]})

    assert set(topic.get_translations().values_list("locale__language_code", flat=True)) == {"fr"}


def test_moderators_publish_and_lock_organisations_translators_save_drafts(users):
    """The directory's organisations have drafts: the Secretariat publishes and may lock a
    record under review; a translator's translation waits for it as a draft."""
    for action in ("publish", "lock", "unlock", "change"):
        assert users["moderator"].has_perm(f"involved.{action}_organisation"), action
    assert users["fr"].has_perm("involved.change_organisation")
    assert not users["fr"].has_perm("involved.publish_organisation")
    assert not users["editor"].has_perm("involved.change_organisation")
