"""Get involved: the members and partners directory, the join form, the members' area and the
contact page, split by concern."""

from .contact import ContactPage, SecretariatSettings
from .directory import DirectoryPage, Organisation
from .join_form import JoinFormPage
from .members import MembersPage

__all__ = [
    "ContactPage",
    "DirectoryPage",
    "JoinFormPage",
    "MembersPage",
    "Organisation",
    "SecretariatSettings",
]
