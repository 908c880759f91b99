"""The translation state of every page and translatable snippet in each translated language.

Built from a handful of bulk queries (a few per snippet model, none per page), so the board
costs the same number of queries with ten pages or ten thousand.

States, for a source object and a target language:
- missing: nothing in that language yet;
- not translated: an alias that still shows the source text (wagtail-localize's synced tree);
- in review: a moderation workflow is in progress on the translation;
- changes requested: a moderator sent the translation back with a comment (Wagtail's workflow
  state "needs changes"); sending it again resumes the same workflow;
- out of date: the source was published (pages) or saved (snippets) after the translation last
  took it in. A translation takes in a change in two steps: a sync (wagtail-localize's
  TranslationSource.last_updated_at), then a save of the translation (its latest revision).
  Until both have happened after the change, the translated page lacks it;
- draft: the translation is not live or has unpublished changes;
- up to date: published, and synced since the source last changed.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Replace
from django.utils.text import capfirst
from wagtail.models import DraftStateMixin, Locale, Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from .models import SourceEdit
from .roles import translatable_snippet_models
from .states import (  # noqa: F401 (the states are read from here too)
    CHANGES_REQUESTED,
    DRAFT,
    IN_REVIEW,
    MISSING,
    NOT_TRANSLATED,
    OUT_OF_DATE,
    STATES,
    UP_TO_DATE,
    Row,
    is_stale,
    review_fields,
    state_of,
    translated_title,
)

PAGE_FIELDS = [
    "id",
    "title",
    "locale_id",
    "alias_of_id",
    "live",
    "has_unpublished_changes",
    "last_published_at",
    "latest_revision_created_at",
]


def key_text(field):
    """A UUID field as 32 hexadecimal digits, read as text: the board reads tens of thousands
    of translation keys, and making each a UUID object cost more than the rest of its row."""
    return Replace(Cast(field, CharField()), Value("-"), Value(""))


class Board:
    """Every (source object, target language) pair with its state."""

    def __init__(self, language_codes=None, translation_key=None, translation_keys=None):
        self.source_locale = Locale.get_default()
        targets = Locale.objects.exclude(pk=self.source_locale.pk).order_by("language_code")
        if language_codes:
            targets = targets.filter(language_code__in=language_codes)
        self.targets = list(targets)
        # One object's rows only (the translation editor's panel), or a few objects' (those in
        # review), with the same queries.
        keys = [translation_key] if translation_key else translation_keys
        self.only = {"translation_key__in": keys} if keys is not None else {}
        sources = TranslationSource.objects.filter(locale=self.source_locale)
        if keys is not None:
            sources = sources.filter(object_id__in=keys)
        self.sources = {
            s["key"]: s for s in sources.values("id", "last_updated_at", key=key_text("object_id"))
        }
        self.reviews = {
            (ws["base_content_type_id"], ws["object_id"]): ws
            for ws in WorkflowState.objects.active().values(
                "base_content_type_id",
                "object_id",
                "status",
                "current_task_state_id",
                "current_task_state__comment",
            )
        }
        self.translations = {
            (t["source_id"], t["target_locale_id"]): t["id"]
            for t in Translation.objects.filter(
                enabled=True, source__locale=self.source_locale
            ).values("id", "source_id", "target_locale_id")
        }
        self.rows = self.page_rows() + self.snippet_rows()

    def sync_dates(self, key, target):
        """(when the source was last synced, when the translation last took it in, source id),
        for the translation key `key` as `key_text` gives it."""
        source = self.sources.get(key)
        target = target or {}
        saved_at = target.get("latest_revision_created_at") or target.get("last_published_at")
        if source is None:
            return None, saved_at, None
        synced = source["last_updated_at"]
        return synced, min(synced, saved_at) if saved_at else synced, source["id"]

    def page_rows(self):
        page_type = ContentType.objects.get_for_model(Page).pk
        pages = list(
            Page.objects.filter(locale=self.source_locale, depth__gte=2, **self.only)
            .order_by("path")
            .values(
                "id",
                "title",
                "path",
                "depth",
                "content_type_id",
                "last_published_at",
                "latest_revision_created_at",
                key=key_text("translation_key"),
            )
        )
        sections = {p["path"]: p for p in pages if p["depth"] <= 3}
        targets = {
            (t["key"], t["locale_id"]): t
            for t in Page.objects.filter(locale__in=self.targets, **self.only).values(
                *PAGE_FIELDS, key=key_text("translation_key")
            )
        }
        # Worked out once per page type and per section, not per row: a lazily translated
        # label costs more than the rest of a row, and the board has a row per page and language.
        models = {}
        for content_type_id in {page["content_type_id"] for page in pages}:
            model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
            models[content_type_id] = (model, capfirst(model._meta.verbose_name))
        section_labels = {
            section["id"]: self.section_label(section, targets) for section in sections.values()
        }
        rows = []
        for page in pages:
            section = sections.get(page["path"][: 3 * Page.steplen]) or sections.get(
                page["path"][: 2 * Page.steplen]
            )
            changed_at = page["last_published_at"] or page["latest_revision_created_at"]
            model, type_label = models[page["content_type_id"]]
            for locale in self.targets:
                target = targets.get((page["key"], locale.pk))
                synced, synced_at, source_id = self.sync_dates(page["key"], target)
                review = target and self.reviews.get((page_type, str(target["id"])))
                rows.append(
                    Row(
                        title=translated_title(target, page["title"]),
                        source_title=page["title"],
                        type_label=type_label,
                        section=f"page-{section['id']}" if section else "",
                        section_label=section_labels[section["id"]] if section else "",
                        language_code=locale.language_code,
                        state=state_of(target, changed_at, synced_at, review),
                        changed_at=changed_at,
                        synced_at=synced_at,
                        source_pk=page["id"],
                        target_pk=target["id"] if target else None,
                        translation_source_id=source_id,
                        model=model,
                        translation_id=self.translations.get((source_id, locale.pk)),
                        needs_sync=bool(synced and changed_at and synced < changed_at),
                        stale=is_stale(target, changed_at, synced_at),
                        **review_fields(review),
                    )
                )
        return rows

    def section_label(self, section, targets):
        """A section's title, in the board's language when it shows one language only."""
        if not section:
            return ""
        if len(self.targets) != 1:
            return section["title"]
        target = targets.get((section["key"], self.targets[0].pk))
        return translated_title(target, section["title"])

    def snippet_rows(self):
        rows = []
        for model in translatable_snippet_models():
            content_type = ContentType.objects.get_for_model(model)
            edits = {
                str(e["translation_key"]): e["edited_at"]
                for e in SourceEdit.objects.filter(content_type=content_type).values(
                    "translation_key", "edited_at"
                )
            }
            draftable = issubclass(model, DraftStateMixin)
            fields = ["pk", "translation_key", "locale_id"]
            if draftable:
                fields += ["live", "has_unpublished_changes"]
            targets = {
                (t["translation_key"], t["locale_id"]): t
                for t in model.objects.filter(locale__in=self.targets, **self.only).values(*fields)
            }
            section = f"snippet-{model._meta.label_lower}"
            label = capfirst(model._meta.verbose_name_plural)
            type_label = capfirst(model._meta.verbose_name)
            objects = model.objects.filter(locale=self.source_locale, **self.only)
            for obj in objects.select_related("locale"):
                changed_at = edits.get(str(obj.translation_key))
                for locale in self.targets:
                    target = targets.get((obj.translation_key, locale.pk))
                    key = obj.translation_key.hex
                    synced, synced_at, source_id = self.sync_dates(key, target)
                    review = target and self.reviews.get((content_type.pk, str(target["pk"])))
                    rows.append(
                        Row(
                            title=str(obj),
                            source_title=str(obj),
                            type_label=type_label,
                            section=section,
                            section_label=label,
                            language_code=locale.language_code,
                            state=state_of(target, changed_at, synced_at, review, draftable),
                            changed_at=changed_at,
                            synced_at=synced_at,
                            source_pk=obj.pk,
                            target_pk=target["pk"] if target else None,
                            translation_source_id=source_id,
                            model=model,
                            translation_id=self.translations.get((source_id, locale.pk)),
                            needs_sync=bool(synced and changed_at and synced < changed_at),
                            stale=is_stale(target, changed_at, synced_at),
                            **review_fields(review),
                        )
                    )
        return rows

    def sections(self):
        seen = {}
        for row in self.rows:
            if row.section:
                seen.setdefault(row.section, row.section_label)
        return list(seen.items())

    def filtered(self, state=None, section=None, language=None):
        return [
            row
            for row in self.rows
            if (state is None or row.state == state)
            and (section is None or row.section == section)
            and (language is None or row.language_code == language)
        ]

    @staticmethod
    def counts(rows):
        totals = dict.fromkeys(STATES, 0)
        for row in rows:
            totals[row.state] += 1
        return [(key, STATES[key], totals[key]) for key in STATES]
