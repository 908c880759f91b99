"""Models of the home app: the home page, the generic content page, and what every section
shares (the footer snippet, the Topic taxonomy and its base)."""

from .pages import BasePage, ContentPage, HomePage
from .snippets import FooterText
from .taxonomy import Topic

__all__ = ["BasePage", "ContentPage", "FooterText", "HomePage", "Topic"]
