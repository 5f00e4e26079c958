"""The services are the only door to the vault.

The GUI (``recruitdesk/gui``) and the CLI (``recruitdesk/cli.py``, ``recruitdesk/commands``) decide
nothing about a person's data: erasure, holds, normalisation, exports all live in
``recruitdesk.services``, so every front end applies the same rules. These checks keep it so:

- **Import contract.** A front-end module may import the services, ``errors`` and ``i18n``, and
  otherwise only the names in ``ALLOWED`` below: value types and handles the services take or
  return (``Vault``, ``Clock``, ``Keychain``, ``Policy``), constant tables (``PRESETS``) and the
  application shell that holds no candidate data (paths, preferences, logs, licences, version,
  the demo vault). Anything else (``store``, ``vault.database`` sessions, ``importing``,
  ``exporting``, ``retention`` logic) is a side door.
- **No session-shaped services.** A front end never calls a service function whose first
  parameter is a ``session``: those are building blocks inside a service's own transaction.
- **No ``.session()``** outside ``services``, ``store`` and ``vault``: only a service opens a
  transaction.

No import cycles in the core (imports inside functions counted) is checked, with its own
synthetic self-test, in ``test_architecture.py``.

Each checker is also run on a small synthetic violation, so a checker that stops finding
anything fails here instead of passing silently.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "recruitdesk"
ALL = "*"

# Allowed imports for the front ends, by module: ALL names, or exactly these names.
ALLOWED: dict[str, object] = {
    "recruitdesk.services": ALL,  # the door (sub-modules included, see is_allowed)
    "recruitdesk.errors": ALL,  # typed errors with translated sentences
    "recruitdesk.i18n": ALL,  # translation
    "recruitdesk": {"__version__", "dates", "errors", "i18n", "logs", "preferences", "licences", "labels"},
    # value types and handles the services take or return
    "recruitdesk.clock": {"Clock", "SystemClock", "ManualClock"},
    "recruitdesk.vault.vault": {"Vault", "vault_exists"},  # the unlocked handle; does a folder hold a vault
    "recruitdesk.vault.keychain": {"Keychain", "MemoryKeychain"},
    "recruitdesk.retention.policy": {"Policy", "PolicyInvalid"},
    "recruitdesk.retention.presets": {"PRESETS"},
    "recruitdesk.retention.facts": {"RESERVE_PURPOSE"},
    "recruitdesk.retention.engine": {"LEGAL_HOLD"},  # a status value the facts dialog compares with
    "recruitdesk.retention.explain": {"format_date"},
    "recruitdesk.dates": ALL,  # one date style per language (Qt-free formatting, no data)
    "recruitdesk.labels": ALL,  # the words for stored codes (one table for every screen)
    "recruitdesk.vault.integrity": {"DAMAGED", "IntegrityResult"},  # the page check's result, shown in About
    # the application shell: no candidate data
    "recruitdesk.paths": ALL,
    "recruitdesk.preferences": ALL,
    "recruitdesk.logs": ALL,
    "recruitdesk.licences": ALL,
    "recruitdesk.autostart": {"Autostart"},  # the login item, a per-user OS setting outside the vault
    "recruitdesk.demo": {"DemoVault"},
    "recruitdesk.vault.database": {"error_for"},  # turns a driver error into a typed error (cli.main)
}
# Attribute use through a module imported whole (``from recruitdesk.retention import engine``).
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "recruitdesk.retention.engine": {"LEGAL_HOLD"},
    "recruitdesk.vault.database": {"error_for"},
}
SESSION_OWNERS = ("recruitdesk.services", "recruitdesk.store", "recruitdesk.vault")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def package_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py")) if "__pycache__" not in path.parts}


def is_front_end(name: str) -> bool:
    return name == "recruitdesk.cli" or name.startswith(("recruitdesk.gui.", "recruitdesk.commands.")) \
        or name in ("recruitdesk.gui", "recruitdesk.commands")


def _absolute(module: str, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".")[: -node.level]
    return ".".join(base + ([node.module] if node.module else []))


def imported_names(module: str, source: str) -> list[tuple[str, str]]:
    """(module, name) for every ``from M import name`` and (M, "") for ``import M``, anywhere in the file."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            found += [(_absolute(module, node), alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(alias.name, "") for alias in node.names]
    return found


def is_allowed(imported: str, name: str) -> bool:
    if imported == "recruitdesk.services" or imported.startswith("recruitdesk.services."):
        return True
    if imported.startswith("recruitdesk.gui") or imported.startswith("recruitdesk.commands"):
        return True  # the front ends' own modules
    if not (imported == "recruitdesk" or imported.startswith("recruitdesk.")):
        return True  # the standard library, Qt, ...
    allowed = ALLOWED.get(imported)
    if allowed is ALL:
        return True
    if name and isinstance(allowed, set) and name in allowed:
        return True
    return False


def side_doors(module: str, source: str) -> list[str]:
    """What ``module`` imports outside the contract (only front-end modules are checked)."""
    if not is_front_end(module):
        return []
    doors = []
    for imported, name in imported_names(module, source):
        if is_allowed(imported, name):
            continue
        if name and f"{imported}.{name}" in ALLOWED_ATTRIBUTES:  # a module imported whole: check its use
            doors += [f"{imported}.{name}.{attr}" for attr in _attributes_used(source, name)
                      if attr not in ALLOWED_ATTRIBUTES[f"{imported}.{name}"]]
            continue
        doors.append(f"{imported}.{name}" if name else imported)
    return doors


def _attributes_used(source: str, alias: str) -> set[str]:
    return {node.attr for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == alias}


def session_calls(module: str, source: str) -> list[int]:
    """Lines calling ``<something>.session()`` in a module that does not own transactions."""
    if module.startswith(SESSION_OWNERS):
        return []
    return [node.lineno for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "session"]


def session_shaped_services(module: str, source: str) -> list[str]:
    """Service functions a front end uses whose first parameter is a session."""
    if not is_front_end(module):
        return []
    used: list[tuple[str, str]] = []
    aliases: dict[str, str] = {}
    for imported, name in imported_names(module, source):
        if not imported.startswith("recruitdesk.services"):
            continue
        target = f"{imported}.{name}"
        try:
            importlib.import_module(target)
            aliases[name] = target  # a whole service module: look at the attributes used
        except ImportError:
            used.append((imported, name))
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if f"{_absolute(module, node)}.{alias.name}" in aliases.values():
                    aliases[alias.asname or alias.name] = f"{_absolute(module, node)}.{alias.name}"
    for alias, target in aliases.items():
        used += [(target, attr) for attr in _attributes_used(source, alias)]
    shaped = []
    for target, name in used:
        function = getattr(importlib.import_module(target), name, None)
        if inspect.isfunction(function):
            parameters = list(inspect.signature(function).parameters)
            if parameters and parameters[0] == "session":
                shaped.append(f"{target}.{name}")
    return shaped


# --- the rules on the real code ----------------------------------------------------------------
FRONT_ENDS = sorted(name for name in package_modules() if is_front_end(name))


def test_there_are_front_ends_to_check():
    assert "recruitdesk.cli" in FRONT_ENDS and any(name.startswith("recruitdesk.gui.") for name in FRONT_ENDS)
    assert any(name.startswith("recruitdesk.commands.") for name in FRONT_ENDS)


@pytest.mark.parametrize("module", FRONT_ENDS)
def test_front_end_imports_only_services_errors_i18n_and_value_types(module):
    source = package_modules()[module].read_text(encoding="utf-8")
    doors = side_doors(module, source)
    assert not doors, f"{module} reaches past the services: {doors} (see the contract in {Path(__file__).name})"


@pytest.mark.parametrize("module", FRONT_ENDS)
def test_front_end_calls_no_session_shaped_service(module):
    source = package_modules()[module].read_text(encoding="utf-8")
    assert session_shaped_services(module, source) == []


def test_only_services_store_and_vault_open_sessions():
    offenders = {}
    for module, path in package_modules().items():
        lines = session_calls(module, path.read_text(encoding="utf-8"))
        if lines:
            offenders[module] = lines
    assert offenders == {}, f".session() outside services/store/vault: {offenders}"


# --- the checkers find what they are meant to find -----------------------------------------------
def test_the_contract_finds_a_synthetic_side_door():
    source = (
        "from recruitdesk.services.candidates import candidate_rows\n"
        "from recruitdesk.errors import CandidateNotFound\n"
        "from recruitdesk.vault.vault import Vault\n"
        "from recruitdesk.store.models import Candidate\n"
        "def later():\n"
        "    from recruitdesk.exporting.candidate_export import write_export\n"
        "from recruitdesk.retention import engine\n"
        "x = engine.evaluate\n"
    )
    assert sorted(side_doors("recruitdesk.gui.synthetic", source)) == [
        "recruitdesk.exporting.candidate_export.write_export", "recruitdesk.retention.engine.evaluate",
        "recruitdesk.store.models.Candidate",
    ]
    assert side_doors("recruitdesk.services.synthetic", source) == []  # the services may


def test_the_session_checks_find_synthetic_violations():
    assert session_calls("recruitdesk.commands.synthetic", "def f(vault):\n    with vault.session() as s:\n        pass\n") == [2]
    assert session_calls("recruitdesk.services.synthetic", "vault.session()\n") == []
    source = "from recruitdesk.services.candidates import new_candidate, record_outcome\n"
    assert session_shaped_services("recruitdesk.gui.synthetic", source) == ["recruitdesk.services.candidates.new_candidate"]
    source = "from recruitdesk.services import countdown\ncountdown.recompute(s, c, k)\n"
    assert session_shaped_services("recruitdesk.commands.synthetic", source) == ["recruitdesk.services.countdown.recompute"]
