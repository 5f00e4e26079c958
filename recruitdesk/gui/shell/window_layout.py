"""The main window's size, docks, splitters and table columns, remembered per user.

A recruiter arranges the window once (a wider candidate pane, the dashboard tabbed away, the
table sorted by due date) and expects to find it so at the next start, as in any desktop
program. The layout is kept in the user's preferences file, outside the vault: it holds sizes,
positions and a sort column, nothing about a candidate, so it can be read before the unlock.

The first start, and View > Reset layout, size the window to the screen it opens on and give
the candidate pane room for its fields. A window saved on a monitor that has since been
unplugged is moved back onto a screen that exists.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QScreen
from PySide6.QtWidgets import QDockWidget, QHeaderView, QMainWindow, QMenu, QSplitter, QTableView

from recruitdesk import preferences

# Bump when docks or toolbars are added or renamed: an older saved state is then ignored.
STATE_VERSION = 1
# The share of the screen's free area the first window takes, and of its width the candidate pane.
SCREEN_SHARE = 0.92
CANDIDATE_PANE_SHARE = 0.32
CANDIDATE_PANE_MIN_WIDTH = 400
# How much of the title bar must lie on some screen for the window to count as visible.
VISIBLE_TITLE_PIXELS = 60


def _encode(data: QByteArray) -> str:
    return bytes(data.toBase64()).decode("ascii")


def _decode(text: object) -> QByteArray | None:
    if not isinstance(text, str) or not text:
        return None
    data = QByteArray.fromBase64(text.encode("ascii"))
    return data if not data.isEmpty() else None


def available_screen(window: QMainWindow) -> QScreen:
    """The screen the window is on, or the primary screen when it is on none."""
    screen = QGuiApplication.screenAt(window.geometry().center())
    return screen or window.screen() or QGuiApplication.primaryScreen()


def first_geometry(area: QRect, share: float = SCREEN_SHARE) -> QRect:
    """Most of the screen's free area (without taskbar or dock), centred on it."""
    size = QSize(int(area.width() * share), int(area.height() * share))
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(area.center())
    return rect


def is_visible_on_some_screen(geometry: QRect, areas: list[QRect]) -> bool:
    """True when enough of the window's top edge (where the title bar is) lies on a screen to grab it."""
    title = QRect(geometry.x(), geometry.y(), geometry.width(), 30)
    return any(title.intersected(area).width() >= min(VISIBLE_TITLE_PIXELS, geometry.width()) for area in areas)


def ensure_on_screen(window: QMainWindow) -> None:
    """Bring back a window saved on a monitor that is no longer connected (or partly off every screen)."""
    areas = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    if not areas or is_visible_on_some_screen(window.geometry(), areas):
        return
    area = QGuiApplication.primaryScreen().availableGeometry()
    size = window.size().boundedTo(area.size())
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(area.center())
    window.setGeometry(rect)


class WindowLayout(QObject):
    """Restores the layout when the window is built, saves it when the window closes, and
    offers View > Reset layout. ``store`` and ``load`` are the preferences file's functions,
    replaceable in tests."""

    def __init__(self, window: QMainWindow, table: QTableView,
                 load: Callable[[], dict] = preferences.window_layout,
                 store: Callable[[dict | None], object] = preferences.set_window_layout) -> None:
        super().__init__(window)
        self.window = window
        self.table = table
        self._load, self._store = load, store
        self.paused = False  # True while a team vault is shown: the local panes are hidden then
        self._default_state = window.saveState(STATE_VERSION)
        self._default_header = table.horizontalHeader().saveState()
        self._splitter_defaults = {s.objectName(): s.saveState() for s in self._splitters()}
        self._needs_first_layout = True
        self._shown = False
        window.installEventFilter(self)

    # --- restoring -------------------------------------------------------------------------
    def restore(self) -> bool:
        """Apply the saved layout; False (and the first-start layout) when there is none usable."""
        saved = self._load()
        geometry = _decode(saved.get("geometry"))
        if geometry is None or not self.window.restoreGeometry(geometry):
            self.apply_first_geometry()
            return False
        ensure_on_screen(self.window)
        state = _decode(saved.get("state"))
        if state is not None and self.window.restoreState(state, STATE_VERSION):
            self._needs_first_layout = False
        header = _decode(saved.get("table"))
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            self._show_sort_indicator()
        splitters = saved.get("splitters")
        for splitter in self._splitters():
            data = _decode(splitters.get(splitter.objectName())) if isinstance(splitters, dict) else None
            if data is not None:
                splitter.restoreState(data)
        return True

    def apply_first_geometry(self) -> None:
        self.window.setGeometry(first_geometry(available_screen(self.window).availableGeometry()))
        self._needs_first_layout = True

    def _apply_first_docks(self) -> None:
        """The candidate pane wide enough for a name, an email address and a phone number."""
        self._needs_first_layout = False
        docks = [dock for dock in self.window.findChildren(QDockWidget)
                 if self.window.dockWidgetArea(dock) in (Qt.DockWidgetArea.RightDockWidgetArea,
                                                          Qt.DockWidgetArea.LeftDockWidgetArea)
                 and not dock.isFloating() and dock.isVisible()]
        if docks:
            width = max(CANDIDATE_PANE_MIN_WIDTH, int(self.window.width() * CANDIDATE_PANE_SHARE))
            self.window.resizeDocks(docks, [width] * len(docks), Qt.Orientation.Horizontal)

    # --- saving ----------------------------------------------------------------------------
    def snapshot(self) -> dict:
        return {
            "geometry": _encode(self.window.saveGeometry()),
            "state": _encode(self.window.saveState(STATE_VERSION)),
            "table": _encode(self.table.horizontalHeader().saveState()),
            "splitters": {s.objectName(): _encode(s.saveState()) for s in self._splitters()},
        }

    def save(self) -> None:
        if self._shown and not self.paused:  # a window never shown has no layout of the user's to keep
            self._store(self.snapshot())

    # --- reset -----------------------------------------------------------------------------
    def reset(self) -> None:
        """View > Reset layout: forget the saved layout and go back to the first-start one."""
        self._store(None)
        if self.window.isMaximized() or self.window.isFullScreen():
            self.window.showNormal()
        for dock in self.window.findChildren(QDockWidget):
            dock.setFloating(False)
        self.window.restoreState(self._default_state, STATE_VERSION)
        self.table.horizontalHeader().restoreState(self._default_header)
        self._show_sort_indicator()
        for splitter in self._splitters():
            if splitter.objectName() in self._splitter_defaults:
                splitter.restoreState(self._splitter_defaults[splitter.objectName()])
        self.apply_first_geometry()
        self._apply_first_docks()

    # --- plumbing --------------------------------------------------------------------------
    def _splitters(self) -> list[QSplitter]:
        return sorted((s for s in self.window.findChildren(QSplitter) if s.objectName()), key=QSplitter.objectName)

    def _show_sort_indicator(self) -> None:
        header: QHeaderView = self.table.horizontalHeader()
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.window:
            if event.type() == QEvent.Type.Show:
                self._shown = True
                if self._needs_first_layout:
                    self._apply_first_docks()
            elif event.type() == QEvent.Type.Close:
                self.save()
        return False


def install(window: QMainWindow, table: QTableView, before: QAction | None = None) -> WindowLayout:
    """The View menu with Reset layout, and the saved layout applied to the window."""
    layout = WindowLayout(window, table)
    menu = QMenu(QCoreApplication.translate("WindowLayout", "&View"), window)
    menu.setObjectName("menuView")
    reset = QAction(QCoreApplication.translate("WindowLayout", "&Reset layout"), window)
    reset.setObjectName("actionResetLayout")
    reset.setToolTip(QCoreApplication.translate(
        "WindowLayout", "Put the window, its panes and the table columns back as they were at the first start"))
    reset.setStatusTip(reset.toolTip())
    reset.triggered.connect(layout.reset)
    menu.addAction(reset)
    window.menuBar().insertMenu(before, menu)
    layout.menu, layout.reset_action = menu, reset
    layout.restore()
    return layout
