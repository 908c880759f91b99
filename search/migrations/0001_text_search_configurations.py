"""Accent-insensitive text search configurations for PostgreSQL (nothing to do elsewhere).

Each `<language>_unaccent` configuration is a copy of PostgreSQL's own one whose words go
through `unaccent` before the stemmer, so "securite" and "sécurité" give the same lexeme.
"""

from django.db import migrations

CONFIGURATIONS = {
    "english_unaccent": ("english", "english_stem"),
    "french_unaccent": ("french", "french_stem"),
    "spanish_unaccent": ("spanish", "spanish_stem"),
    "simple_unaccent": ("simple", "simple"),
}


def create_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, (parent, dictionary) in CONFIGURATIONS.items():
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {parent})")
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {dictionary}"
        )


def drop_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in CONFIGURATIONS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_configurations, drop_configurations)]
