"""The window remembers its size, docks, splitters, columns and sort order, and comes back on a
screen that exists (issue 18)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication

from recruitdesk import preferences
from recruitdesk.gui.candidates.table_model import DUE_ON, EMAIL
from recruitdesk.gui.shell import window_layout
from recruitdesk.gui.shell.main_window import MainWindow
from tests.gui.user_actions import menu_item


def open_window(qtbot, clock) -> MainWindow:
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click_header(qtbot, window: MainWindow, column: int) -> None:
    header = window.ui.candidateTable.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)


def test_size_docks_columns_splitter_and_sort_order_are_restored_at_the_next_start(qtbot, clock):
    window = open_window(qtbot, clock)
    window.setGeometry(QRect(40, 50, 760, 560))
    menu_item(window, "&Retention", "&Dashboard").trigger()  # hide the dashboard
    assert not window.retention.dock.isVisible()
    dock = window.candidate_detail.dock
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)  # as a drag to the left edge does
    window.resizeDocks([dock], [300], Qt.Orientation.Horizontal)
    header = window.ui.candidateTable.horizontalHeader()
    header.resizeSection(EMAIL, 333)
    click_header(qtbot, window, DUE_ON)
    click_header(qtbot, window, DUE_ON)
    order = header.sortIndicatorOrder()
    assert header.sortIndicatorSection() == DUE_ON
    splitter = window.candidate_detail.pane.findChild(type(window.window_layout._splitters()[0]), "documentsSplitter")
    splitter.setSizes([40, 200])
    sizes = splitter.sizes()
    qtbot.wait(50)
    dock_width = dock.width()
    window.close()
    assert preferences.window_layout()["geometry"]

    again = open_window(qtbot, clock)
    assert again.geometry() == QRect(40, 50, 760, 560)
    assert not again.retention.dock.isVisible()
    assert again.dockWidgetArea(again.candidate_detail.dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert abs(again.candidate_detail.dock.width() - dock_width) <= 2
    header = again.ui.candidateTable.horizontalHeader()
    assert header.sectionSize(EMAIL) == 333
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (DUE_ON, order)
    assert again.findChild(type(splitter), "documentsSplitter").sizes() == sizes


def test_a_window_saved_on_a_screen_that_no_longer_exists_comes_back_on_a_visible_screen(qtbot, clock):
    window = open_window(qtbot, clock)
    window.setGeometry(QRect(5200, 3100, 700, 500))  # a second monitor, since unplugged
    assert window.geometry().x() == 5200
    assert QGuiApplication.screenAt(window.geometry().center()) is None
    window.close()

    again = open_window(qtbot, clock)
    areas = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    assert any(area.contains(again.geometry().topLeft()) for area in areas), again.geometry()
    assert any(area.intersects(again.geometry()) for area in areas)
    assert QGuiApplication.screenAt(again.geometry().center()) is not None


def test_ensure_on_screen_moves_a_window_that_is_off_every_screen(qtbot, clock):
    window = open_window(qtbot, clock)
    window.setGeometry(QRect(-4000, -3000, 600, 400))
    window_layout.ensure_on_screen(window)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.contains(window.geometry().center())
    assert window.size().width() == 600
    assert window_layout.is_visible_on_some_screen(QRect(10, 10, 600, 400), [area])
    assert not window_layout.is_visible_on_some_screen(QRect(area.right() - 20, 10, 600, 400), [area])


def test_the_first_window_fills_most_of_the_screen_with_room_for_the_candidate_pane(qtbot, clock):
    assert preferences.window_layout() == {}
    window = open_window(qtbot, clock)
    area = window.screen().availableGeometry()
    assert window.geometry() == window_layout.first_geometry(area)
    assert window.width() >= int(area.width() * 0.9)
    assert window.candidate_detail.dock.isVisible()
    qtbot.waitUntil(lambda: window.candidate_detail.dock.width() >= min(
        window_layout.CANDIDATE_PANE_MIN_WIDTH, window.width() // 2), timeout=2000)


def test_reset_layout_in_the_view_menu_puts_everything_back(qtbot, clock):
    window = open_window(qtbot, clock)
    default_width = window.ui.candidateTable.horizontalHeader().sectionSize(EMAIL)
    window.setGeometry(QRect(30, 30, 500, 400))
    menu_item(window, "&Retention", "&Dashboard").trigger()
    window.ui.candidateTable.horizontalHeader().resizeSection(EMAIL, 444)
    window.close()
    assert preferences.window_layout()

    again = open_window(qtbot, clock)
    assert again.ui.candidateTable.horizontalHeader().sectionSize(EMAIL) == 444
    menu_item(again, "&View", "&Reset layout").trigger()
    assert preferences.window_layout() == {}
    assert again.ui.candidateTable.horizontalHeader().sectionSize(EMAIL) == default_width
    assert again.retention.dock.isVisible() and again.candidate_detail.dock.isVisible()
    assert again.dockWidgetArea(again.candidate_detail.dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert again.geometry() == window_layout.first_geometry(again.screen().availableGeometry())


def test_a_hand_edited_layout_is_ignored_not_fatal(qtbot, clock):
    preferences.set_window_layout({"geometry": "not base64 at all!", "state": 7, "table": None, "splitters": "x"})
    window = open_window(qtbot, clock)
    assert window.geometry() == window_layout.first_geometry(window.screen().availableGeometry())
