"""A team folder opens in the main window: through the controller, and through the app as ``recruitdesk --vault`` starts it."""

from __future__ import annotations

import argparse

from recruitdesk.gui.shell.app import SMOKE_TEST_LINE, run_gui
from recruitdesk.gui.shell.controller import AppController
from recruitdesk.services.team_desk import PersonalFields


def test_the_controller_opens_a_team_folder_in_the_main_window_and_quits_when_it_closes(qtbot, team_folder, colleague,
                                                                                       keychain_factory, clock):
    colleague.add(PersonalFields("Sofie Wouters"))
    controller = AppController(clock, keychain_factory, interactive=True, tray_available=False)
    try:
        with qtbot.waitSignal(controller.ready, timeout=20_000) as ready:
            controller.start_existing(team_folder)
        assert ready.args == [1]
        window = controller.window.team
        assert window is not None and window.window() is controller.window and controller.window.isVisible()
        assert "eam vault on" in controller.window.windowTitle() and window.model.names() == ["Sofie Wouters"]  # with or without its name
        with qtbot.waitSignal(controller.finished, timeout=10_000):
            controller.window.close()
        assert window.listener is None and controller.window.team is None
    finally:
        controller.shutdown()
        controller.window.deleteLater()


def test_the_app_started_with_a_team_folder_lists_its_candidates(qapp, team_folder, colleague, keychain_factory, clock, capsys):
    colleague.add(PersonalFields("Sofie Wouters"))
    colleague.add(PersonalFields("Jonas Peeters"))
    arguments = argparse.Namespace(vault=str(team_folder), recovery_key_file=None, lang=None, demo=False, smoke_test=True)
    assert run_gui(arguments, clock=clock, keychain_factory=keychain_factory) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == SMOKE_TEST_LINE.format(count=2)


def test_the_app_started_with_a_team_folder_whose_server_is_down_says_so_in_words(qapp, team_folder, postgres_server,
                                                                                  keychain_factory, clock, capsys):
    arguments = argparse.Namespace(vault=str(team_folder), recovery_key_file=None, lang=None, demo=False, smoke_test=True)
    postgres_server.stop()
    try:
        code = run_gui(arguments, clock=clock, keychain_factory=keychain_factory)
    finally:
        postgres_server.start()
    captured = capsys.readouterr()
    assert code != 0 and "Traceback" not in captured.err + captured.out
    assert "team server" in (captured.err + captured.out)
