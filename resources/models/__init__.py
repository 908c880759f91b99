from .pages import ResourceFile, ResourceIndexPage, ResourcePage
from .snippets import ResourceType

__all__ = ["ResourceFile", "ResourceIndexPage", "ResourcePage", "ResourceType"]
