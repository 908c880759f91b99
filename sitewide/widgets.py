"""Selects of hundreds of options (countries, languages, the directory's organisations), written
in Python. Django renders each option with two templates, about a tenth of a millisecond each:
with the countries and languages, the Community page's filters took most of its time."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import escape
from django.utils.safestring import mark_safe


class LongSelectMixin:
    def render(self, name, value, attrs=None, renderer=None):
        choices = list(self.choices)
        if any(isinstance(label, list | tuple) for _value, label in choices):
            return super().render(name, value, attrs, renderer)  # groups: Django's way
        chosen = set(self.format_value(value))
        select = {"name": name, **self.build_attrs(self.attrs, attrs)}
        if self.allow_multiple_selected:
            select["multiple"] = True
        options = "\n".join(
            f'<option value="{escape(option)}"{" selected" if str(option) in chosen else ""}>'
            f"{escape(label)}</option>"
            for option, label in choices
        )
        # Every value and label is escaped above, the attributes by flatatt.
        return mark_safe(f"<select{flatatt(select)}>\n{options}\n</select>")


class LongSelect(LongSelectMixin, forms.Select):
    pass


class LongSelectMultiple(LongSelectMixin, forms.SelectMultiple):
    pass
