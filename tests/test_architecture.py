"""The layout's one-way dependencies (DESIGN.md), read from the source as Python reads it.

sitewide/ is the bottom floor: what every section shares, importing no other app. home/ (the
home page, the footer, topics) builds on it; sections build on both and never import each
other; no app imports the project package; no module imports, even lazily, a module that
imports it back.
"""

import ast
import graphlib
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
SECTIONS = [
    "about",
    "involved",
    "members",
    "notifications",
    "knowledge",
    "projects",
    "discussions",
    "news",
    "resources",
    "events",
    "search",
    "editorial",
    "operations",
]
APPS = ["sitewide", "home", *SECTIONS]


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules():
    return {
        module_name(path): path
        for app in [*APPS, "fourpermille"]
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts
    }


def imported_modules(name, path, modules):
    """The project modules `name` imports anywhere in its code (function bodies included)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # `from pkg import submodule` imports the submodule.
            targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for target in targets:
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph():
    modules = project_modules()
    return {name: imported_modules(name, path, modules) for name, path in modules.items()}


def app_of(module):
    return module.split(".")[0]


# What each floor may import besides itself. The collaborative platform's apps build on members
# (accounts, profiles) and notifications; members reaches them only through Wagtail hooks.
PLATFORM = {"sitewide", "home", "members"}
ALLOWED = {
    "sitewide": set(),
    "home": {"sitewide"},
    "notifications": PLATFORM,
    "discussions": PLATFORM | {"notifications"},
    "knowledge": PLATFORM | {"notifications"},
    "projects": PLATFORM | {"notifications", "discussions"},
}


def test_imports_go_one_way_down():
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        for target in targets
        if app_of(module) != app_of(target)
        and app_of(module) != "fourpermille"  # the project package wires everything
        and app_of(target) not in ALLOWED.get(app_of(module), {"sitewide", "home"})
    )
    assert wrong == []


def test_no_module_imports_one_that_imports_it_back():
    graph = import_graph()
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as error:
        raise AssertionError(f"import cycle: {' -> '.join(error.args[1])}") from None
    # Sanity: the graph is read, and a known edge is in it.
    assert "home.models" in graph["involved.models.directory"]


def test_home_stays_small():
    """home/ holds the home page, the content page, the footer and topics; what every section
    shares lives in sitewide/, a section's code in the section's app, and what runs the site in
    operations/ or editorial/. Growing past this bound means something crept in."""
    lines = sum(
        len(path.read_text(encoding="utf-8").splitlines())
        for name, path in project_modules().items()
        if app_of(name) == "home"
    )
    assert lines < 1500
