"""A search result's text, from which sitewide.highlight takes the extract shown."""

from modelsearch.index import RelatedFields, SearchField


def searchable_text(obj):
    """The object's own indexed text except its title, as plain text.

    Related fields are left out so that showing a page of results costs no query per result.
    """
    texts = []
    for field in obj.get_search_fields():
        if isinstance(field, RelatedFields) or not isinstance(field, SearchField):
            continue
        if field.field_name == "title":
            continue
        value = field.get_value(obj)
        if isinstance(value, list | tuple):
            value = " ".join(str(item) for item in value)
        if value:
            texts.append(str(value))
    return " ".join(" ".join(texts).split())
