"""Models of the home app, split by concern: page types, site-wide snippets, shared taxonomies."""

from .about import CriteriaPage, GovernancePage, ResearchProgrammePage
from .directory import College, Organisation, Status
from .directory_page import DirectoryPage
from .forms import JoinFormPage
from .members import MembersPage
from .pages import BasePage, ContentPage, HomePage
from .site_settings import ContactPage, SecretariatSettings
from .snippets import FooterText
from .taxonomy import Topic

__all__ = ["BasePage", "ContentPage", "FooterText", "HomePage", "Topic"]
__all__ += ["CriteriaPage", "GovernancePage", "ResearchProgrammePage"]
# Get involved: directory, join form, members' area, contact.
__all__ += [
    "College",
    "ContactPage",
    "DirectoryPage",
    "JoinFormPage",
    "MembersPage",
    "Organisation",
    "SecretariatSettings",
    "Status",
]
