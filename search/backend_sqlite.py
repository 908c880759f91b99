"""The SQLite backend, indexing each object with its own language active (see backend.py)."""

from django.conf import settings
from django.utils import translation
from wagtail.search.backends.database.sqlite.sqlite import SQLiteIndex, SQLiteSearchBackend

from .languages import group_by_language

__all__ = ["LocaleSQLiteSearchBackend", "SQLiteSearchBackend"]


class LocaleSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        for language, group in group_by_language(objs):
            with translation.override(language or settings.LANGUAGE_CODE):
                super().add_items(model, group)


class LocaleSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = LocaleSQLiteIndex
