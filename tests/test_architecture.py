"""The layering rules of DESIGN.md section 3, checked on every run.

- Only ``recruitdesk/gui`` may use Qt: the core (vault, store, services, CLI, ...) must work, and
  be testable, without PySide6 installed or a display.
- Nothing uses the standard library's ``sqlite3``: every database goes through SQLCipher, so an
  unencrypted connection cannot be opened by mistake.
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
NOT_IMPORTABLE = ("recruitdesk.__main__", "recruitdesk.store.migrations")


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
