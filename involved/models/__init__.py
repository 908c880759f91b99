"""Get involved: the members and partners directory, the join form, the members' area and the
contact page, split by concern."""

from .contact import ContactPage
from .directory import DirectoryPage, Organisation
from .join_form import JoinFormPage
from .members import MembersPage
from .secretariat import SecretariatSettings
from .section import GetInvolvedPage

__all__ = [
    "ContactPage",
    "DirectoryPage",
    "GetInvolvedPage",
    "JoinFormPage",
    "MembersPage",
    "Organisation",
    "SecretariatSettings",
]
