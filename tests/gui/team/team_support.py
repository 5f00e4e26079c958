"""What the team window's tests compare with: the deadline a candidate added today gets under a new team's policy."""

from __future__ import annotations

import datetime as dt

from recruitdesk.retention import engine
from recruitdesk.retention.facts import CandidateFacts
from recruitdesk.retention.presets import get_preset
from recruitdesk.team.countdowns import DEFAULT_PRESET


def deadline_of_a_candidate_added(today: dt.date) -> dt.date:
    """Applied today, under the preset ``create_team_vault`` gives a new team (computed by the retention engine itself)."""
    status = engine.evaluate(CandidateFacts(created_on=today, applied_on=today), get_preset(DEFAULT_PRESET).policy, today)
    assert status.due_on is not None and status.due_on > today
    return status.due_on


def hosted_team(qtbot, folder, keychain_factory, clock):
    """The team of ``folder`` in a main window of its own, shown, as the app shows a team folder (not opened
    yet: the caller calls ``open_team``). Closing the returned panel closes the window, as Quit does."""
    from recruitdesk.gui.shell.main_window import MainWindow

    main = MainWindow(clock.today)
    qtbot.addWidget(main)
    main.show()
    return main.host_team(folder, keychain_factory, clock)


def open_team_window(qtbot, folder, keychain, clock, wait_for_check: bool = True, timeout: int = 30_000):
    """The team on ``folder`` in the main window, shown, with its list loaded (and, unless told otherwise, the daily check done)."""
    window = hosted_team(qtbot, folder, lambda: keychain, clock)
    with qtbot.waitSignals([window.rows_loaded, window.checked] if wait_for_check else [window.rows_loaded], timeout=timeout):
        window.open_team()
    return window


def select_candidate(qtbot, window, name: str) -> None:
    """Click the candidate's line, as a user selects them."""
    from PySide6.QtCore import Qt

    row = window.model.names().index(name)
    rect = window.table.visualRect(window.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.selected_candidate() is not None and window.selected_candidate()[1] == name


def open_in_app(qtbot, controller, folder, timeout: int = 30_000):
    """The folder opened as the app opens it (``recruitdesk --vault <team folder>``); returns the team's panel
    once its list is loaded."""
    with qtbot.waitSignal(controller.ready, timeout=timeout):
        controller.start_existing(folder)
    return controller.window.team


def show_view(qtbot, board, tab: int) -> None:
    """Click a vacancy window's Board or List tab (``BOARD_TAB``, ``LIST_TAB``), as a user switches views."""
    from PySide6.QtCore import Qt

    bar = board.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    assert board.tabs.currentIndex() == tab


def open_board(qtbot, vacancies, row: int = 0, timeout: int = 20_000):
    """Click the vacancy on ``row`` of the Vacancies dock (``vacancies``: the window's vacancies feature, serving
    the team), then Vacancies > Open vacancy: the local vacancy window, once its board is read."""
    from PySide6.QtCore import Qt

    from tests.gui.user_actions import menu_item

    table = vacancies.panel.table
    qtbot.waitUntil(lambda: table.model().rowCount() > row, timeout=timeout)  # a colleague's vacancy comes with its notice
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(row, 0)).center())
    menu_item(vacancies.window, "Vaca&ncies", "&Open vacancy").trigger()
    board = vacancies.board_window
    qtbot.waitUntil(lambda: board.isVisible() and not board.busy and board.vacancy is not None, timeout=timeout)
    return board
