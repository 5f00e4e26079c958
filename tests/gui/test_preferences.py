"""The Preferences dialog stores the language outside the vault; the next start speaks it."""

from __future__ import annotations

import argparse

import pytest

from recruitdesk import i18n, preferences
from recruitdesk.gui.shell import app as app_module
from recruitdesk.gui.shell.app import SMOKE_TEST_LINE, run_gui
from recruitdesk.gui.shell.main_window import MainWindow


def arguments(**values) -> argparse.Namespace:
    defaults = dict(vault=None, recovery_key_file=None, lang=None, demo=True, smoke_test=True)
    defaults.update(values)
    return argparse.Namespace(**defaults)


@pytest.fixture
def requested_languages(monkeypatch):
    """The language run_gui asks for (the real install still runs)."""
    requested = []
    real = app_module.install_language

    def spy(app, language):
        requested.append(language)
        return real(app, language)

    monkeypatch.setattr(app_module, "install_language", spy)
    yield requested
    i18n.set_language("en")


def test_the_dialog_saves_the_language_and_says_it_takes_effect_after_restart(qtbot, clock):
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()  # locked: preferences still work
    assert window.vault_actions.preferences_action.isEnabled()
    window.vault_actions.preferences_action.trigger()
    dialog = window.vault_actions.preferences_dialog
    assert dialog is not None and dialog.language_box.accessibleName() == "Language"
    assert dialog.chosen_language is None  # automatic until chosen
    assert [dialog.language_box.itemText(i) for i in range(1, 4)] == ["English", "Nederlands", "Français"]
    assert "next time" in dialog.note.text()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("nl"))
    dialog.accept()
    assert preferences.language() == "nl"
    assert "next time you start" in window.statusBar().currentMessage()
    assert window.vault_actions.preferences_dialog is None

    window.statusBar().clearMessage()
    window.vault_actions.open_preferences().accept()  # unchanged: nothing to say
    assert preferences.language() == "nl" and window.statusBar().currentMessage() == ""


def test_app_start_uses_the_preference_and_lang_still_wins(qapp, clock, capsys, monkeypatch, requested_languages):
    monkeypatch.setenv("RECRUITDESK_LANG", "nl")
    preferences.set_language("fr")
    assert run_gui(arguments(), clock=clock) == 0
    assert requested_languages[-1] == "fr" and i18n.current_language() == "fr"  # before RECRUITDESK_LANG
    assert run_gui(arguments(lang="nl"), clock=clock) == 0
    assert requested_languages[-1] == "nl"
    preferences.set_language(None)
    assert run_gui(arguments(), clock=clock) == 0
    assert requested_languages[-1] is None and i18n.current_language() == "nl"  # RECRUITDESK_LANG again
    assert capsys.readouterr().out.strip().splitlines() == [SMOKE_TEST_LINE.format(count=50)] * 3
