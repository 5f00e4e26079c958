"""This computer's preferences file: a JSON round trip, outside the vault, never fatal."""

from __future__ import annotations

import json

import pytest

from recruitdesk import preferences


def test_language_round_trip_in_the_user_config_folder(tmp_path):
    path = preferences.preferences_file()
    assert path.name == "preferences.json" and "config" in str(path)  # XDG_CONFIG_HOME (conftest)
    assert preferences.language() is None  # nothing chosen yet
    assert preferences.set_language("nl") == path
    assert preferences.language() == "nl"
    assert json.loads(path.read_text(encoding="utf-8")) == {"language": "nl"}
    preferences.set_language("fr")
    assert preferences.language() == "fr"
    preferences.set_language(None)
    assert preferences.language() is None


def test_other_preferences_are_kept(tmp_path):
    path = tmp_path / "prefs.json"
    preferences.save({"something_else": 3}, path)
    preferences.set_language("fr", path)
    assert preferences.load(path) == {"something_else": 3, "language": "fr"}


@pytest.mark.parametrize("content", ["", "not json", "[1, 2]", '{"language": "xx"}', '{"language": 7}'])
def test_a_damaged_or_hand_edited_file_means_no_preference(tmp_path, content):
    path = tmp_path / "prefs.json"
    path.write_text(content, encoding="utf-8")
    assert preferences.language(path) is None


def test_unknown_languages_are_refused(tmp_path):
    with pytest.raises(ValueError):
        preferences.set_language("de", tmp_path / "prefs.json")


def test_the_command_line_speaks_the_preferred_language(capsys, tmp_path, monkeypatch):
    from recruitdesk import cli, preferences
    from recruitdesk.vault.keychain import MemoryKeychain

    monkeypatch.delenv("RECRUITDESK_LANG", raising=False)
    preferences.set_language("nl")
    folder = tmp_path / "empty"
    folder.mkdir()
    assert cli.main(["vault", "info", "--vault", str(folder)], keychain=MemoryKeychain()) == 2
    dutch = capsys.readouterr().err
    assert cli.main(["vault", "info", "--vault", str(folder), "--lang", "en"], keychain=MemoryKeychain()) == 2
    english = capsys.readouterr().err
    assert english.startswith("There is no vault in") and dutch != english
