"""The collaborative platform: members' profiles, their messages, the platform's pages."""

from .applications import ApplicationDecision
from .messages import Message, SecretariatMessage
from .pages import PlatformIndexPage, PlatformPage
from .profile import MEMBERS_GROUP, MemberProfile, Status

__all__ = [
    "ApplicationDecision",
    "MEMBERS_GROUP",
    "MemberProfile",
    "Message",
    "PlatformIndexPage",
    "PlatformPage",
    "SecretariatMessage",
    "Status",
]
