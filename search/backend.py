"""Wagtail's database search backend, aware of each page's language on PostgreSQL.

The backend stores ONE index entry per object, whatever the number of configured backends, so
"one backend per language" would let the last backend to run overwrite the others' vectors. The
index entry of an object is therefore built with the text search configuration of the object's
own locale (a French page is stemmed as French), and a query is parsed with the configuration of
the active language (sitewide.text_search). The `*_unaccent` configurations come from this
app's migrations.

A model whose records a reader of one language finds in another (the directory lists an
organisation not translated yet under its English name) sets `search_by_language = False`: it
is indexed and searched without stemming, accents aside, whatever the languages involved.

On every database, an object is indexed with its own language active, so that text given in the
reader's language (a country's name, a choice's label) is indexed in the language its readers
search in. SQLite searches without stemming; other databases use Wagtail's backend as it is.
"""

import copy
import re

from django.conf import settings
from django.db import connection
from django.db.models import F, Q
from django.utils import translation
from wagtail.search.backends.database import SearchBackend as database_backend
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.search.query import PlainText

from sitewide.text_search import FALLBACK_CONFIG, config_for_language

from .languages import group_by_language


def is_translatable(model):
    return any(field.name == "locale" for field in model._meta.get_fields())


def by_language(model):
    return getattr(model, "search_by_language", True)


class LocalePostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        for language, group in group_by_language(objs):
            # The parent's indexer reads `backend.config`: hand it a copy set for this group
            # rather than change a backend instance other code may be using.
            backend = copy.copy(self.backend)
            backend.config = (
                config_for_language(language) if by_language(model) else FALLBACK_CONFIG
            )
            index = copy.copy(self)
            index.backend = backend
            with translation.override(language or settings.LANGUAGE_CODE):
                PostgresIndex.add_items(index, model, group)


class LocaleSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        if not by_language(self.queryset.model):
            return FALLBACK_CONFIG
        if is_translatable(self.queryset.model):
            return config_for_language(translation.get_language())
        return config_for_language(None)

    def is_one_word(self):
        return (
            self.fields is None
            and isinstance(self.query, PlainText)
            and len(re.split(r"[\s\-]+", self.query.query_string.strip())) == 1
        )

    def search(self, config, start, stop, score_field=None, backend=None):
        if self.is_one_word():
            # One word is in `title || body` exactly when it is in the title or in the body:
            # matched so, PostgreSQL no longer joins the two vectors of every entry (three
            # times the work when a word is on most pages), and may use each one's index.
            query = self.build_tsquery(self.query, config=config)
            vectors = self.get_search_vectors(query)
            queryset = self.queryset.annotate(
                _title_=F("index_entries__title"), _body_=F("index_entries__body")
            ).filter(Q(_title_=query) | Q(_body_=query))
            queryset = self._apply_ordering_and_scoring(
                queryset, self._build_rank_expression(vectors, config), start, stop, score_field
            )
        else:
            queryset = super().search(config, start, stop, score_field, backend)
        # The text's vectors are only matched against, never read: not fetched with each row
        # (they are the whole indexed text, parsed back into Python for nothing).
        unread = {"_vector_", "_title_", "_body_"}
        if unread & set(queryset.query.annotations):
            queryset.query.set_annotation_mask(set(queryset.query.annotation_select) - unread)
        return queryset


class LocalePostgresSearchBackend(PostgresSearchBackend):
    index_class = LocalePostgresIndex
    query_compiler_class = LocaleSearchQueryCompiler


def SearchBackend(params):  # Wagtail looks the backend up by this name
    if connection.vendor == "postgresql":
        return LocalePostgresSearchBackend(params)
    backend = database_backend(params)
    if connection.vendor == "sqlite":
        # Imported here: the SQLite backend's module only loads on SQLite.
        from .backend_sqlite import LocaleSQLiteSearchBackend, SQLiteSearchBackend

        if isinstance(backend, SQLiteSearchBackend):  # not when SQLite lacks full-text search
            return LocaleSQLiteSearchBackend(params)
    return backend
