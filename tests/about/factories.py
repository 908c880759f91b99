import uuid

import factory
import wagtail_factories

from about.models import AboutPage, CriteriaPage, GovernancePage, ResearchProgrammePage
from tests.home.factories import ContentPageFactory


def items(*values):
    """A ListBlock's raw items as Wagtail stores them (with ids), which wagtail-localize needs
    to find their text."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def criterion(name, indicator="An indicator", method="A method", unit="a unit"):
    return {"criterion": name, "indicator": indicator, "method": method, "unit": unit}


def dimension(name, *criteria):
    return {"type": "dimension", "value": {"name": name, "criteria": items(*criteria)}}


def governing_body(name, role="", *people):
    return {"type": "body", "value": {"name": name, "role": role, "people": items(*people)}}


def person(name, role="", organisation=""):
    return {"name": name, "role": role, "organisation": organisation, "photo": None}


def pillar(label, title, text="<p>Text.</p>", *links):
    return {
        "type": "pillar",
        "value": {"label": label, "title": title, "text": text, "links": items(*links)},
    }


class GovernancePageFactory(wagtail_factories.PageFactory):
    title = "Governance"
    slug = "governance"
    intro = "Four bodies run the Initiative."
    bodies = factory.LazyFunction(
        lambda: [
            governing_body(
                "Executive Secretariat",
                "<p>Runs the Initiative.</p>",
                person("Ada Lovelace", "Executive Secretary", "4 per 1000"),
            )
        ]
    )

    class Meta:
        model = GovernancePage


class CriteriaPageFactory(wagtail_factories.PageFactory):
    title = "Reference criteria"
    slug = "reference-criteria"
    dimensions = factory.LazyFunction(
        lambda: [dimension("Mitigation", criterion("Net greenhouse gas balance"))]
    )

    class Meta:
        model = CriteriaPage


class ResearchProgrammePageFactory(wagtail_factories.PageFactory):
    title = "Research programme"
    slug = "research-programme"
    pillars = factory.LazyFunction(
        lambda: [pillar("1st Pillar", "Estimating the potential of soil carbon sequestration")]
    )

    class Meta:
        model = ResearchProgrammePage


class AboutPageFactory(ContentPageFactory):
    title = "About"
    slug = "about"

    class Meta:
        model = AboutPage
