"""The layout's one-way dependencies (DESIGN.md), read from the source as Python reads it.

home/ is shared by every section and imports none; sections never import each other; no app
imports the project package; no module imports, even lazily, a module that imports it back.
"""

import ast
import graphlib
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
SECTIONS = ["about", "involved", "news", "resources", "events", "search", "editorial", "operations"]
APPS = ["home", *SECTIONS]


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


def test_home_imports_no_section_and_sections_import_only_home():
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        for target in targets
        if app_of(module) != app_of(target)
        and app_of(module) != "fourpermille"  # the project package wires everything
        and app_of(target) != "home"
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
    """home/ is what every section shares; a section's code belongs in the section's app, and
    what runs the site (commands of operators, admin screens) in operations/ or editorial/.
    Growing past this bound means something section-specific crept in. (It was 1,500 before
    the single-pass routing and the cached private paths, which every page relies on, then
    1,600 before the cache of listing cards, search results and home-page pieces, the fragment
    cache every section renders with.)"""
    lines = sum(
        len(path.read_text(encoding="utf-8").splitlines())
        for name, path in project_modules().items()
        if app_of(name) == "home"
    )
    assert lines < 1700
