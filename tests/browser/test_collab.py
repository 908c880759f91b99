"""Shared knowledge and joint projects walked in Chromium: a member proposes a project, another
asks to join in Spanish, the proposer accepts and both show as partners; every new page passes
axe on phones and wide screens, light and dark, in the three languages."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from knowledge.models import KnowledgeItem
from members.models import MemberProfile
from projects import discussion
from projects.models import Project, Request
from tests.browser.test_members import signed_in_context
from tests.browser.test_reader import assert_accessible

pytestmark = pytest.mark.browser


def make_member(email, first, last, **profile):
    user = get_user_model().objects.create_user(
        email, email, "soil-carbon-walk-2025", first_name=first, last_name=last
    )
    user.groups.add(*user.groups.model.objects.filter(name="Members"))
    return MemberProfile.objects.create(user=user, **profile)


def test_a_project_finds_its_partner(browser, live_server, initial_content_to_change):
    awa = make_member("awa@example.org", "Awa", "Diop", country="SN", pillars=",2,")
    pablo = make_member(
        "pablo@example.org", "Pablo", "Ruiz", country="SN", pillars=",2,", email_language="es"
    )

    page = signed_in_context(browser, live_server, awa.user).new_page()
    page.goto(f"{live_server.url}/fr/platform/projects/propose/")
    page.get_by_label("Titre").fill("Biochar au Sahel")
    page.get_by_label("Résumé").fill("Trois saisons d’essais.")
    page.get_by_label("Pays", exact=True).select_option(["SN", "ML"])
    page.get_by_label("Développer des pratiques adaptées", exact=False).check()
    page.get_by_role("button", name="Proposer").click()
    expect(page.locator("h1")).to_have_text("Biochar au Sahel")
    project = Project.objects.get()

    other = signed_in_context(browser, live_server, pablo.user).new_page()
    other.goto(f"{live_server.url}/es/platform/")
    other.get_by_role("link", name="Biochar au Sahel").click()
    other.get_by_label("Su mensaje a quien propone el proyecto").fill("Tenemos un laboratorio.")
    other.get_by_role("button", name="Enviar mi solicitud").click()
    expect(other.get_by_text("Su solicitud se ha enviado")).to_be_visible()

    page.goto(f"{live_server.url}/fr/platform/projects/{project.pk}/")
    expect(page.get_by_text("Tenemos un laboratorio.")).to_be_visible()
    page.get_by_role("button", name="Accepter").click()
    partners = page.locator("section", has=page.locator("#partners-title"))
    expect(partners).to_contain_text("Awa Diop")
    expect(partners).to_contain_text("Pablo Ruiz")
    assert Request.objects.get().answer == "accepted"


PAGES = [
    "knowledge/",
    "knowledge/?q=sol&language=fr",
    "knowledge/share/",
    "knowledge/{item}/",
    "knowledge/{mine}/edit/",
    "knowledge/{mine}/delete/",
    "projects/",
    "projects/propose/",
    "projects/{project}/",
    "projects/{project}/edit/",
    "search/?q=sol",
    "",
]


def test_every_new_page_passes_axe_and_reflows(browser, live_server, initial_content_to_change):
    me = make_member("lea@example.org", "Léa", "Martin", country="FR", pillars=",1,3,")
    tom = make_member("tom@example.org", "Tom", "Smith", country="FR", pillars=",1,")
    item = KnowledgeItem.objects.create(
        author=tom.user,
        title="Les sols vivants",
        summary="Un guide des pratiques.\nAvec des exemples.",
        language="fr",
        pillars=",1,",
        url="https://example.org/guide",
    )
    mine = KnowledgeItem.objects.create(
        author=me.user,
        title="Mes relevés",
        summary="Sols des vignes.",
        language="fr",
        url="https://example.org/r",
    )
    project = Project.objects.create(
        proposer=me.user, title="Carbone des vignes", summary="Mesures.", countries=["FR"]
    )
    Request.objects.create(project=project, member=tom.user, message="Je peux aider.")
    # The project's discussion, with a post to read and the form to answer it.
    discussion.post(project, tom.user, "Nos **mesures** de 2024 :\n\n- 12 parcelles", "fr")
    Project.objects.create(proposer=tom.user, title="Haies", summary="Plantation.", pillars=",1,")
    failures = []
    for scheme in ("light", "dark"):
        context = signed_in_context(browser, live_server, me.user, color_scheme=scheme)
        page = context.new_page()
        for language in ("en", "fr", "es"):
            for path in PAGES:
                url = f"{live_server.url}/{language}/platform/" + path.format(
                    item=item.pk, mine=mine.pk, project=project.pk
                )
                for width in (320, 1280):
                    page.set_viewport_size({"width": width, "height": 800})
                    page.goto(url)
                    expect(page.locator("html")).to_have_attribute("lang", language)
                    overflow = page.evaluate(
                        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                    )
                    if overflow > 0:
                        failures.append(f"{url} at {width} px scrolls {overflow} px sideways")
                    try:
                        assert_accessible(page)
                    except AssertionError as error:
                        failures.append(f"{url} {width} {scheme}: {error}")
        context.close()
    assert failures == []
