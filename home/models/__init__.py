"""Models of the home app, split by concern: page types, site-wide snippets, shared taxonomies."""

from .about import CriteriaPage, GovernancePage, ResearchProgrammePage
from .pages import BasePage, ContentPage, HomePage
from .snippets import FooterText
from .taxonomy import Topic

__all__ = ["BasePage", "ContentPage", "FooterText", "HomePage", "Topic"]
__all__ += ["CriteriaPage", "GovernancePage", "ResearchProgrammePage"]
