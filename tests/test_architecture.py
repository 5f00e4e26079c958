"""The layering rules of DESIGN.md section 3, checked on every run.

- Only ``recruitdesk/gui`` may use Qt: the core (vault, store, services, CLI, ...) must work, and
  be testable, without PySide6 installed or a display.
- Nothing uses the standard library's ``sqlite3``: every database goes through SQLCipher, so an
  unencrypted connection cannot be opened by mistake.
- Services never import the CLI's commands or the GUI: both call services, never the reverse.
- No import cycles between modules of the core, counting imports inside functions too.
- The GUI is one package per feature plus the shell; features never import the composers (app,
  controller, main window), feature packages import each other without cycles, and the main
  window stays a composer (under 300 lines). See docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "recruitdesk"
GUI = PACKAGE / "gui"
QT_MODULES = {"PySide6", "shiboken6", "PySide2", "shiboken2", "PyQt5", "PyQt6", "sip", "qtpy"}
# Not importable on their own: alembic runs env.py itself, and __main__ would start the program.
NOT_IMPORTABLE = ("recruitdesk.__main__", "recruitdesk.store.migrations", "recruitdesk.team.migrations")


def python_files() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def core_files() -> list[Path]:
    return [path for path in python_files() if GUI not in path.parents]


def imported_modules(path: Path) -> set[str]:
    """Top-level names of every module ``path`` imports, including ``importlib.import_module("x")``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            function = node.func
            called = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
            if called in {"import_module", "__import__"} and isinstance(node.args[0].value, str):
                names.add(node.args[0].value)
    return {name.split(".")[0] for name in names}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def test_the_package_has_core_and_gui_files():
    assert len(core_files()) >= 10, "the checks below would be vacuous"


@pytest.mark.parametrize("path", core_files(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_core_module_does_not_import_qt(path):
    qt = imported_modules(path) & QT_MODULES
    assert not qt, f"{path.relative_to(ROOT)} imports {sorted(qt)}; only recruitdesk/gui may use Qt"


@pytest.mark.parametrize("path", python_files(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_module_does_not_import_stdlib_sqlite3(path):
    assert "sqlite3" not in imported_modules(path), (
        f"{path.relative_to(ROOT)} imports the standard library's sqlite3, which is unencrypted; "
        "use the SQLCipher engine in recruitdesk.vault.database"
    )


def test_importing_the_whole_core_loads_no_qt():
    """Catches indirect imports too (a core module importing a helper that imports Qt)."""
    modules = sorted(
        name for name in map(module_name, core_files())
        if not name.startswith(NOT_IMPORTABLE)
    )
    assert "recruitdesk.cli" in modules and any(name.startswith("recruitdesk.services.") for name in modules)
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "from recruitdesk import cli\n"
        "cli.build_parser()\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {sorted(QT_MODULES)!r})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded == [], f"importing the core loaded Qt modules: {loaded}"


# --- the full import graph -------------------------------------------------------------------
CORE_PACKAGES_NOT_IMPORTED_BY_SERVICES = ("recruitdesk.commands", "recruitdesk.gui", "recruitdesk.cli")


def all_module_names() -> set[str]:
    return {module_name(path) for path in python_files()}


def imported_full_names(path: Path) -> set[str]:
    """Every recruitdesk module ``path`` imports, at the top or inside a function, resolved to a
    module: ``from recruitdesk.services import consents`` counts as ``recruitdesk.services.consents``."""
    this = module_name(path)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return imports_in(tree, this, package, all_module_names())


def imports_in(tree: ast.AST, this: str, package: str, modules: set[str]) -> set[str]:
    found: set[str] = set()

    def add(name: str) -> None:
        while name and name not in modules:  # recruitdesk.x.Class -> recruitdesk.x
            name = name.rpartition(".")[0]
        if name:
            found.add(name)

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                add(f"{source}.{alias.name}" if f"{source}.{alias.name}" in modules else source)
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            function = node.func
            called = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
            if called in {"import_module", "__import__"} and isinstance(node.args[0].value, str):
                add(node.args[0].value)
    found.discard(this)
    return {name for name in found if name.startswith("recruitdesk")}


def import_graph(paths: list[Path]) -> dict[str, set[str]]:
    names = {module_name(path) for path in paths}
    return {module_name(path): imported_full_names(path) & names for path in paths}


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components with more than one module (Tarjan), i.e. the cycles."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_detector_finds_a_cycle_through_function_level_imports():
    modules = {"recruitdesk.a", "recruitdesk.b", "recruitdesk.pkg", "recruitdesk.pkg.c"}
    a = ast.parse("def later():\n    from recruitdesk import b\n")
    b = ast.parse("from recruitdesk.pkg.c import Thing\nimport recruitdesk.pkg\n")
    c = ast.parse("from .. import a\nimport importlib\nimportlib.import_module('recruitdesk.b')\n")
    graph = {
        "recruitdesk.a": imports_in(a, "recruitdesk.a", "recruitdesk", modules),
        "recruitdesk.b": imports_in(b, "recruitdesk.b", "recruitdesk", modules),
        "recruitdesk.pkg.c": imports_in(c, "recruitdesk.pkg.c", "recruitdesk.pkg", modules),
    }
    assert graph == {"recruitdesk.a": {"recruitdesk.b"}, "recruitdesk.b": {"recruitdesk.pkg.c", "recruitdesk.pkg"},
                     "recruitdesk.pkg.c": {"recruitdesk.a", "recruitdesk.b"}}
    assert cycles(graph) == [frozenset({"recruitdesk.a", "recruitdesk.b", "recruitdesk.pkg.c"})]
    assert cycles({"x": {"y"}, "y": set()}) == []


@pytest.mark.parametrize("path", sorted((PACKAGE / "services").rglob("*.py")),
                         ids=lambda path: path.relative_to(ROOT).as_posix())
def test_services_never_import_commands_or_gui(path):
    wrong = sorted(name for name in imported_full_names(path) if name.startswith(CORE_PACKAGES_NOT_IMPORTED_BY_SERVICES))
    assert not wrong, f"{path.relative_to(ROOT)} imports {wrong}; services are called by the CLI and the GUI, never the reverse"


def test_no_import_cycles_between_modules_of_the_core():
    """Counting imports inside functions too: services.countdown owns recompute and expiry
    refresh, so consents, retention and candidates build on it instead of on each other."""
    found = [sorted(cycle) for cycle in cycles(import_graph(core_files()))]
    assert not found, f"import cycles in the core: {found}"


# --- the GUI's feature packages ----------------------------------------------------------------
SHELL = "recruitdesk.gui.shell"
COMPOSERS = ("recruitdesk.gui.shell.app", "recruitdesk.gui.shell.controller", "recruitdesk.gui.shell.main_window")


def gui_package(module: str) -> str:
    """recruitdesk.gui.retention.dialogs -> recruitdesk.gui.retention (forms: its own package)."""
    return ".".join(module.split(".")[:3])


def feature_files() -> list[Path]:
    return [path for path in python_files()
            if GUI in path.parents and gui_package(module_name(path)) not in (SHELL, "recruitdesk.gui.forms", "recruitdesk.gui")]


def test_the_gui_is_grouped_by_feature():
    packages = {gui_package(module_name(path)) for path in feature_files()}
    assert {"recruitdesk.gui.candidates", "recruitdesk.gui.importing", "recruitdesk.gui.retention",
            "recruitdesk.gui.requests", "recruitdesk.gui.exporting", "recruitdesk.gui.vault"} <= packages
    flat = [path.name for path in GUI.glob("*.py") if path.name != "__init__.py"]
    assert flat == [], f"modules directly in recruitdesk/gui: {flat}; put them in a feature package or the shell"


@pytest.mark.parametrize("path", feature_files(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_a_feature_never_imports_the_composers(path):
    """Features use the shell's shared parts (tasks, errors, styles, Feature); the window and the
    controller compose the features, never the other way round."""
    wrong = sorted(name for name in imported_full_names(path) if name.startswith(COMPOSERS))
    assert not wrong, f"{path.relative_to(ROOT)} imports {wrong}"


def test_no_cycles_between_gui_feature_packages():
    graph: dict[str, set[str]] = {}
    for path in feature_files():
        source = gui_package(module_name(path))
        targets = {gui_package(name) for name in imported_full_names(path) if name.startswith("recruitdesk.gui.")}
        graph.setdefault(source, set()).update(targets - {source, SHELL, "recruitdesk.gui.forms"})
    assert cycles(graph) == [], graph


def test_the_main_window_only_composes():
    lines = (GUI / "shell" / "main_window.py").read_text(encoding="utf-8").splitlines()
    assert len(lines) < 300, f"main_window.py has {len(lines)} lines; move feature logic into its feature package"
