"""Searching the platform: discussions, shared knowledge and joint projects, for members.

members never imports the apps it searches: each registers a `platform_search` hook, a function
`(request, words, limit)` returning a `ResultGroup` of at most `limit` results (or None when it
has nothing to search). A hook runs a fixed number of queries however many items match."""

from dataclasses import dataclass, field
from datetime import datetime

from django.utils.translation import get_language_info
from wagtail import hooks


@dataclass
class Result:
    title: str
    url: str
    excerpt: str  # safe HTML: sitewide.highlight.highlight() escapes the text it marks
    language: str = ""  # a language code, "" when unknown
    date: datetime | None = None

    @property
    def language_name(self):
        try:
            return get_language_info(self.language)["name_translated"]
        except KeyError:
            return ""


@dataclass
class ResultGroup:
    title: str
    total: int
    results: list[Result] = field(default_factory=list)
    # The app's own list filtered by the same words, when it has one.
    more_url: str = ""

    @property
    def more(self):
        return self.total > len(self.results)


def search_platform(request, words, limit):
    groups = (hook(request, words, limit) for hook in hooks.get_hooks("platform_search"))
    return [group for group in groups if group is not None]
