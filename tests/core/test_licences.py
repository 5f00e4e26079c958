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
    listed = {licences.normalise(c.name): c for c in licences.components()}
    declared = declared_dependencies()
    assert declared
    for name in declared:
        component = listed.get(licences.normalise(name))
        assert component is not None, f"{name} is missing from the licence list"
        assert component.licence.strip(), f"{name} has no licence"
        assert component.version, f"{name} is not installed"


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
