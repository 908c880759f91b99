import pytest
from bs4 import BeautifulSoup

from about.models import AboutPage, CriteriaPage, GovernancePage, ResearchProgrammePage
from tests.helpers import load_initial_content


# Not in a transaction, as in tests/home: wagtail-localize publishes translations on commit.
@pytest.mark.django_db(transaction=True)
def test_initial_content_builds_the_about_section_in_three_languages(root_page, client):
    load_initial_content()
    about = AboutPage.objects.get(slug="about", locale__language_code="en")
    body = list(about.body.raw_data)
    second_output = load_initial_content()

    assert list(AboutPage.objects.get(pk=about.pk).body.raw_data) == body
    assert "About (/home/about/) already exists" in second_output
    # Nothing changed in site/content since: nothing to update.
    assert "  ~ " not in second_output
    assert "Research programme [es] already translated" in second_output
    for model in (GovernancePage, CriteriaPage, ResearchProgrammePage):
        pages = model.objects.filter(live=True, alias_of__isnull=True)
        assert sorted(p.locale.language_code for p in pages) == ["en", "es", "fr"]

    english = BeautifulSoup(client.get("/en/about/").content, "html.parser")
    # The seed does not date the deliverables: the timeline gives their order, no years.
    timeline = english.main.select(".timeline li")
    assert len(timeline) == 7 and not english.main.select(".timeline time")
    governance = BeautifulSoup(client.get("/fr/a-propos/gouvernance/").content, "html.parser")
    assert [h.get_text() for h in governance.main.find_all("h2")] == [
        "Secrétariat exécutif",
        "Consortium",
        "Forum",
        "Comité scientifique et technique (CST)",
    ]
    # Members join "by becoming a member of the forum" (the seed); the roles written for the
    # site wait in a draft revision for the Secretariat, unpublished.
    assert "en devenant membres du forum" in governance.main.get_text()
    english_governance = GovernancePage.objects.get(locale__language_code="en")
    assert english_governance.has_unpublished_changes
    draft = english_governance.get_latest_revision_as_object()
    assert "Runs the Initiative from day to day" in str(draft.bodies.raw_data)
    public = client.get("/en/about/governance/").content.decode()
    assert "Runs the Initiative from day to day" not in public
    criteria = client.get("/es/acerca-de/criterios-de-referencia/json/").json()
    assert [d["name"] for d in criteria["dimensions"]] == [
        "Carbono del suelo y conservación o restauración de las tierras",
        "Seguridad alimentaria",
        "Mitigación",
        "Salvaguardias",
        "Adaptación",
    ]
    # The seed names the dimensions, not the criteria: none is published until entered.
    assert all(d["criteria"] == [] for d in criteria["dimensions"])
    research = BeautifulSoup(client.get("/en/about/research-programme/").content, "html.parser")
    assert [h.get_text(" ", strip=True) for h in research.main.find_all("h2")] == [
        "1st Pillar Estimating the potential of soil carbon sequestration and associated benefits",
        "2nd Pillar Developing practices adapted to specific soil and climate conditions",
        "3rd Pillar Define and strengthen the enabling environment",
        "4th Pillar Monitoring, reporting and verification of soil carbon",
    ]
    # Each pillar's explanation is not in the seed: a draft for the Secretariat.
    assert research.main.select(".pillar__text") == []
    programme = ResearchProgrammePage.objects.get(locale__language_code="en")
    assert "Where, how much and how fast" in str(
        programme.get_latest_revision_as_object().pillars.raw_data
    )
    french_link = BeautifulSoup(
        client.get("/fr/a-propos/programme-de-recherche/").content, "html.parser"
    ).main.select(".pillar__links a")[-1]
    assert french_link["href"] == "/fr/a-propos/criteres-de-reference/"
