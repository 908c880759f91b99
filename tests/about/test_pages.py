"""The About section's pages: where they go, and what a reader sees in each language."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree

from about.models import CriteriaPage, GovernancePage, ResearchProgrammePage
from tests.about.factories import (
    AboutPageFactory,
    GovernancePageFactory,
    ResearchProgrammePageFactory,
    governing_body,
    pillar,
)
from tests.home.factories import ContentPageFactory

pytestmark = pytest.mark.django_db

ABOUT_TYPES = [GovernancePage, CriteriaPage, ResearchProgrammePage]


@pytest.fixture
def about(home_page):
    return AboutPageFactory(parent=home_page)


def test_about_pages_go_under_the_about_page_once_each(home_page, about):
    GovernancePageFactory(parent=about)

    for model in ABOUT_TYPES:
        assert not model.can_create_at(home_page)
        assert model.allowed_subpage_models() == []
    assert not GovernancePage.can_create_at(about)  # one per parent, and there is one
    assert CriteriaPage.can_create_at(about)
    assert ResearchProgrammePage.can_create_at(about)
    assert not any(model.can_create_at(ContentPageFactory(parent=about)) for model in ABOUT_TYPES)


@pytest.mark.parametrize(
    ("language", "strings", "url"),
    [
        ("en", {}, "/en/about/governance/"),
        (
            "fr",
            {
                "About": "À propos",
                "about": "a-propos",
                "Governance": "Gouvernance",
                "governance": "gouvernance",
                "Executive Secretariat": "Secrétariat exécutif",
                "Runs the Initiative.": "Anime l’Initiative.",
                "Executive Secretary": "Secrétaire exécutif",
            },
            "/fr/a-propos/gouvernance/",
        ),
        (
            "es",
            {
                "About": "Acerca de",
                "about": "acerca-de",
                "Governance": "Gobernanza",
                "governance": "gobernanza",
                "Executive Secretariat": "Secretaría Ejecutiva",
                "Runs the Initiative.": "Dirige la Iniciativa.",
                "Executive Secretary": "Secretario ejecutivo",
            },
            "/es/acerca-de/gobernanza/",
        ),
    ],
)
def test_governance_renders_bodies_and_people_in_each_language(
    client, home_page, about, locales, translate, language, strings, url
):
    governance = GovernancePageFactory(parent=about)
    if language != "en":
        translate(home_page, locales[language], {})
        translate(about, locales[language], strings)
        translate(governance, locales[language], strings)

    response = client.get(url)

    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.html["lang"] == language
    body = html.main.find("section", class_="governing-body")
    assert body.h2.get_text() == strings.get("Executive Secretariat", "Executive Secretariat")
    assert strings.get("Runs the Initiative.", "Runs the Initiative.") in body.get_text()
    person_role = body.find(class_="person__role").get_text()
    assert person_role == f"{strings.get('Executive Secretary', 'Executive Secretary')}, 4 per 1000"
    assert body.find(class_="person__name").get_text() == "Ada Lovelace"
    # The in-page navigation leads to each body.
    assert html.main.nav.a["href"] == f"#{body['id']}"


def test_governance_links_to_the_meetings_in_the_events_section(
    client, home_page, about, locales, translate
):
    events = ContentPageFactory(parent=home_page, slug="events", title="Events")
    GovernancePageFactory(parent=about)
    translate(home_page, locales["fr"], {})
    translate(about, locales["fr"], {"about": "a-propos"})
    translate(events, locales["fr"], {"events": "evenements"})
    governance = GovernancePage.objects.get(locale=locales["en"])
    translate(governance, locales["fr"], {"governance": "gouvernance"})

    english = BeautifulSoup(client.get("/en/about/governance/").content, "html.parser")
    french = BeautifulSoup(client.get("/fr/a-propos/gouvernance/").content, "html.parser")

    assert (
        english.select_one(".governance__meetings a")["href"] == "/en/events/?category=governance"
    )
    link = french.select_one(".governance__meetings a")
    assert link["href"] == "/fr/evenements/?category=governance"
    assert link.get_text() == "Réunions des instances de gouvernance"


def test_governance_without_an_events_page_has_no_meetings_link(client, about):
    GovernancePageFactory(parent=about, bodies=[governing_body("Forum of Partners")])

    html = BeautifulSoup(client.get("/en/about/governance/").content, "html.parser")

    assert html.select_one(".governance__meetings") is None
    assert html.main.find("ul", class_="people") is None


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_research_programme_shows_its_pillars_with_links(client, home_page, about, language):
    criteria_link = {"label": "Reference criteria", "page": about.pk, "url": ""}
    web_link = {"label": "CIRCASA", "page": None, "url": "https://www.circasa-project.eu/"}
    ResearchProgrammePageFactory(
        parent=about,
        pillars=[
            pillar("1st Pillar", "Estimating the potential", "<p>Where and how much.</p>"),
            pillar("4th Pillar", "Monitoring", "<p>Measure.</p>", criteria_link, web_link),
        ],
    )

    # FR and ES hold synchronised copies until translated; they still show every pillar.
    if language != "en":
        synchronize_tree(Locale.get_default(), Locale.objects.get(language_code=language))
    response = client.get(f"/{language}/about/research-programme/")

    html = BeautifulSoup(response.content, "html.parser")
    headings = [h.get_text(" ", strip=True) for h in html.main.select(".pillar h2")]
    assert headings == ["1st Pillar Estimating the potential", "4th Pillar Monitoring"]
    links = [(a.get_text(), a["href"]) for a in html.main.select(".pillar__links a")]
    assert links == [
        ("Reference criteria", f"/{language}/about/"),
        ("CIRCASA", "https://www.circasa-project.eu/"),
    ]


def test_timeline_block_lists_dated_milestones_in_order(client, about):
    about.body = [
        {
            "type": "timeline",
            "value": {
                "entries": [
                    {"year": 2016, "text": "Installation of the Executive Secretariat."},
                    {"year": 2018, "text": "Opening of the collaborative platform."},
                ]
            },
        }
    ]
    about.save_revision().publish()

    html = BeautifulSoup(client.get("/en/about/").content, "html.parser")

    entries = html.main.select("ol.timeline li")
    assert [(li.time["datetime"], li.time.get_text()) for li in entries] == [
        ("2016", "2016"),
        ("2018", "2018"),
    ]
    assert entries[1].get_text(" ", strip=True) == "2018 Opening of the collaborative platform."
