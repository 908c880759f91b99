"""Discussions: forums the Secretariat sets up, members' threads and posts, and moderation."""

from .forums import Forum, ForumFollow, Thread, ThreadFollow, ThreadVisit
from .moderation import Action, ModerationAction, Report
from .posts import Attachment, Post

__all__ = [
    "Action",
    "Attachment",
    "Forum",
    "ForumFollow",
    "ModerationAction",
    "Post",
    "Report",
    "Thread",
    "ThreadFollow",
    "ThreadVisit",
]
