"""A trilingual site with the editorial roles set up and one user per role."""

import pytest

from editorial.roles import setup_roles
from sitewide.content_loading import synchronise_trees
from tests.editorial.factories import UserFactory
from tests.home.factories import ContentPageFactory, body


@pytest.fixture
def site(home_page, locales, translate):
    """EN home with an About page; FR and ES homes translated, About aliased in both."""
    translate(home_page, locales["fr"], {"Welcome to the Initiative": "Bienvenue"})
    translate(home_page, locales["es"], {"Welcome to the Initiative": "Bienvenidos"})
    about = ContentPageFactory(
        parent=home_page,
        slug="about",
        title="About",
        intro="The Initiative.",
        body=body("Soils store carbon.", "The Forum of Partners meets once a year."),
    )
    about.save_revision().publish()
    synchronise_trees()
    return {"home": home_page, "about": about}


@pytest.fixture
def roles(site):
    setup_roles(log=lambda message: None)


@pytest.fixture
def users(roles):
    return {
        "editor": UserFactory(username="editor", groups=["Editors"]),
        "moderator": UserFactory(username="moderator", groups=["Moderators"]),
        "fr": UserFactory(username="traductrice", groups=["French translators"]),
        "es": UserFactory(username="traductor", groups=["Spanish translators"]),
    }
