"""The about box's licence list covers every runtime dependency declared in pyproject.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path

from recruitdesk import licences

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def declared_dependencies() -> list[str]:
    project = tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]
    return [licences.requirement_name(r) for r in project["dependencies"]]


def test_every_runtime_dependency_has_a_licence():
    declared = declared_dependencies()
    assert declared
    for name in declared:
        version, licence = licences.licence_of(name)
        assert licence.strip(), f"{name} has no licence: add it to licences.KNOWN"
        assert version, f"{name} is not installed"


def test_every_installed_runtime_dependency_is_listed():
    """The about box lists the installed distribution's requirements (pyproject.toml's
    dependencies once installed; reinstall with ``pip install -e .`` after changing them)."""
    listed = {licences.normalise(c.name): c for c in licences.components()}
    required = licences.runtime_requirements()
    assert required
    for name in required:
        component = listed.get(licences.normalise(name))
        assert component is not None and component.licence.strip(), name


def test_test_only_dependencies_are_not_listed():
    names = {licences.normalise(c.name) for c in licences.components()}
    assert "pytest" not in names and "pytest-qt" not in names


def test_bundled_native_libraries_are_named():
    by_name = {c.name: c for c in licences.components()}
    assert by_name["SQLCipher (community edition)"].licence == "BSD-3-Clause"
    assert by_name["Qt"].licence.startswith("LGPL-3.0")
    assert by_name["PySide6-Essentials"].licence.startswith("LGPL-3.0")


def test_the_table_fills_in_when_metadata_is_silent():
    assert licences.licence_of("no-such-package-installed") == ("", "")
    version, licence = licences.licence_of("sqlcipher3")
    assert licence  # its metadata declares no licence: the table does


def test_classifiers_are_read_when_nothing_else_is_known():
    class Meta(dict):
        def get_all(self, key):
            return self.get(key + "s")

    meta = Meta(Classifiers=["License :: OSI Approved :: MIT License", "Programming Language :: Python"])
    assert licences.declared_licence(meta) == "MIT"
    assert licences.declared_licence(Meta({"License": "BSD-2-Clause"})) == "BSD-2-Clause"
    assert licences.declared_licence(Meta({"License": "a long licence text\nwith lines"})) == ""
