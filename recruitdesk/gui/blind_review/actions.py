"""The Vacancies menu's "Blind first review…": reviewing the selected vacancy's CVs blind.

The window hands over the menu and a way to ask which vacancy is selected, so this feature
never reaches into the vacancies feature itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtWidgets import QMainWindow, QMenu

from recruitdesk.gui.shell.feature import Feature

if TYPE_CHECKING:  # with the redaction machinery (PDF rendering, identity masks): loaded on first use
    from recruitdesk.gui.blind_review.dialog import BlindReviewDialog


class BlindReviewFeature(Feature):
    DIALOGS = ("review_dialog",)

    def __init__(self, window: QMainWindow, menu: QMenu, selected_vacancy: Callable[[], int | None]) -> None:
        super().__init__(window)
        self._selected_vacancy = selected_vacancy
        self.review_action = self.action(
            self.tr("&Blind first review…"),
            self.tr("Review the selected vacancy's CVs without names, contact details, age, gender or nationality"),
            "Ctrl+Shift+B", self.open_review, "actionBlindReview")
        menu.addSeparator()
        menu.addAction(self.review_action)
        menu.aboutToShow.connect(self.update_actions)
        self.update_actions()

    def update_actions(self) -> None:
        self.review_action.setEnabled(self.vault is not None and self._selected_vacancy() is not None)

    def open_review(self, vacancy_id: int | None = None) -> BlindReviewDialog | None:
        vacancy_id = vacancy_id if vacancy_id is not None else self._selected_vacancy()
        if self.vault is None or vacancy_id is None:
            return None
        from recruitdesk.gui.blind_review.dialog import BlindReviewDialog

        self.close_dialog("review_dialog")
        dialog = BlindReviewDialog(self.vault, vacancy_id, self.window)
        self.track(dialog, "review_dialog")
        dialog.show()
        return dialog


def install(window: QMainWindow, menu: QMenu, selected_vacancy: Callable[[], int | None]) -> BlindReviewFeature:
    return BlindReviewFeature(window, menu, selected_vacancy)
