"""The interface strings of an app's source (templates and Python) and of its catalogs, read
without GNU gettext, to prove every string a user sees has its French and Spanish version."""

import ast
import re
from pathlib import Path

TEMPLATE_STRING = re.compile(
    r"""{%\s*(?:trans|translate)\s+(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')"""
    r"""|_\("((?:[^"\\]|\\.)*)"\)"""
)
BLOCK = re.compile(
    r"{%\s*(?:blocktrans|blocktranslate)\b([^%]*)%}(.*?)"
    r"(?:{%\s*plural\s*%}(.*?))?{%\s*end(?:blocktrans|blocktranslate)\s*%}",
    re.S,
)
GETTEXT_NAMES = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext"}


def block_msgid(options, text):
    # Django's template tags double a literal "%" in their msgids.
    text = re.sub(r"{{\s*(\w+)[^}]*}}", r"%(\1)s", text.replace("%", "%%"))
    if "trimmed" in options:
        text = " ".join(line.strip() for line in text.strip().splitlines() if line.strip())
    return text


def template_strings(path):
    source = path.read_text(encoding="utf-8")
    found = [
        next(g for g in m.groups() if g is not None).replace("%", "%%")
        for m in TEMPLATE_STRING.finditer(source)
    ]
    for options, singular, _plural in BLOCK.findall(source):
        found.append(block_msgid(options, singular))
    return found


def python_strings(path):
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in GETTEXT_NAMES
            and node.args
        ):
            first = node.args[1 if node.func.id == "pgettext" else 0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append(first.value)
    return found


def source_strings(*roots):
    """Every msgid marked for translation under `roots` (templates and Python files)."""
    strings = []
    for root in roots:
        for path in sorted(Path(root).rglob("*")):
            if "migrations" in path.parts or "locale" in path.parts:
                continue
            if path.suffix in (".html", ".txt"):
                strings += template_strings(path)
            elif path.suffix == ".py":
                strings += python_strings(path)
    return list(dict.fromkeys(strings))


def unquote(line):
    return ast.literal_eval(line.strip()[line.strip().index('"') :])


def catalog(root, language):
    """msgid -> msgstr (the first form for plurals) of the app's catalog in `language`."""
    entries, current, field = {}, {}, None
    path = Path(root) / "locale" / language / "LC_MESSAGES" / "django.po"
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        stripped = line.strip()
        if not stripped:
            if "msgid" in current:
                entries[current["msgid"]] = current.get("msgstr", "")
            current, field = {}, None
        elif stripped.startswith("#"):
            continue
        elif stripped.startswith('"') and field:
            current[field] = current.get(field, "") + unquote(stripped)
        else:
            keyword = stripped.split()[0]
            field = {"msgstr[0]": "msgstr"}.get(keyword, keyword)
            if field in ("msgid", "msgstr", "msgid_plural", "msgctxt"):
                current[field] = unquote(stripped)
            else:
                field = None
    entries.pop("", None)
    return entries
