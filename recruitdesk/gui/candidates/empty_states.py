"""What the window shows instead of an empty table, and the first step it offers.

An empty vault says how to start (New candidate… or Import CVs…, as buttons); a search that
matches nobody says so, with the text searched for, and offers to clear the search. Both use the
window's message page, so the table never sits there empty without a word.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QPushButton

from recruitdesk.gui.shell.feature import Feature

TABLE_PAGE, MESSAGE_PAGE = 0, 1


class EmptyStates(Feature):
    """Follows the window's ``rows_loaded`` and the search's ``applied`` to pick the page."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        row = QHBoxLayout()
        row.addStretch(1)
        self.new_button = self._button(self.tr("&New candidate…"), self.tr("Add a candidate by hand"),
                                       lambda: window.new_candidate.new_action.trigger())
        self.import_button = self._button(self.tr("&Import CVs…"), self.tr("Import CV files as new candidates"),
                                          lambda: window.importer.action.trigger())
        self.clear_button = self._button(self.tr("C&lear the search"), self.tr("Show every candidate again"),
                                         lambda: window.search.clear())
        for button in (self.new_button, self.import_button, self.clear_button):
            row.addWidget(button)
        row.addStretch(1)
        window.ui.emptyPageLayout.addLayout(row)
        window.ui.emptyPageLayout.addStretch(1)
        window.rows_loaded.connect(lambda _count: self.show_state())
        window.search.applied.connect(lambda _count: self.show_state())
        self._show_buttons()

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self.window.ui.emptyPage)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _show_buttons(self, *shown: QPushButton) -> None:
        for button in (self.new_button, self.import_button, self.clear_button):
            button.setVisible(button in shown)

    def vault_opened(self, vault) -> None:
        self._show_buttons()

    def vault_closed(self) -> None:
        self._show_buttons()

    def show_state(self) -> None:
        """The table when it has rows; otherwise why it has none and what to do."""
        window, ui = self.window, self.window.ui
        if self.vault is None:
            return
        model = window.model
        if model.total_count == 0:
            ui.emptyStateLabel.setText(self.tr(
                "No candidates yet. Start by importing CVs or adding a candidate by hand: they will be "
                "listed here, with the date their data is due for deletion."))
            self._show_buttons(self.new_button, self.import_button)
            ui.contentStack.setCurrentIndex(MESSAGE_PAGE)
        elif model.is_filtered and model.rowCount() == 0:
            text = window.search.field.text().strip()
            ui.emptyStateLabel.setText(self.tr("No candidate matches '{text}'.").format(text=text))
            self._show_buttons(self.clear_button)
            ui.contentStack.setCurrentIndex(MESSAGE_PAGE)
        else:
            self._show_buttons()
            ui.contentStack.setCurrentIndex(TABLE_PAGE)


def install(window: QMainWindow) -> EmptyStates:
    """Install after the search, the import and New candidate."""
    return EmptyStates(window)
