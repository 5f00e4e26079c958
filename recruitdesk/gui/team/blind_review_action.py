"""The Vacancies window's "Blind review…" button: the selected vacancy's applicants reviewed blind.

Its own module so the vacancies window only gives it its button row (one line there). The button
is enabled while a vacancy is selected; one review dialog is open at a time, and it closes with
the team window (whose desk it reads through).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton

if TYPE_CHECKING:  # with the redaction machinery (PDF rendering, identity masks): loaded on first use, as the local review's
    from recruitdesk.gui.team.blind_review_dialog import TeamBlindReviewDialog


class BlindReviewButton(QObject):
    dialog_opened = Signal(object)  # the review dialog

    def __init__(self, vacancies_window, row: QHBoxLayout) -> None:
        super().__init__(vacancies_window)
        self.vacancies_window = vacancies_window
        self.dialog: TeamBlindReviewDialog | None = None
        self.button = QPushButton(self.tr("Blind review…"), vacancies_window)
        self.button.setToolTip(self.tr("Review the selected vacancy's applicants without their names, contact details, "
                                       "age, gender or nationality"))
        self.button.clicked.connect(lambda _checked=False: self.open_review())
        row.addWidget(self.button)
        vacancies_window.table.selectionModel().selectionChanged.connect(lambda *_args: self.update())
        vacancies_window.loaded.connect(lambda _count: self.update())
        self.update()

    def update(self) -> None:
        self.button.setEnabled(self.vacancies_window.selected_vacancy() is not None and not self.vacancies_window.service.closed)

    def open_review(self) -> TeamBlindReviewDialog | None:
        vacancy = self.vacancies_window.selected_vacancy()
        service = self.vacancies_window.service
        if vacancy is None or service.closed:
            return None
        from recruitdesk.gui.team.blind_review_dialog import TeamBlindReviewDialog
        from recruitdesk.services.team_blind_review import TeamBlindReview

        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
        dialog = TeamBlindReviewDialog(TeamBlindReview(service.desk), vacancy.vacancy_id, vacancy.title, self.vacancies_window)
        team_window = self.vacancies_window.parentWidget()
        if team_window is not None and hasattr(team_window, "closed"):
            team_window.closed.connect(dialog.close)
        if getattr(team_window, "listener", None) is not None:  # a colleague's rating shows at once
            team_window.listener.changed.connect(dialog.follow)
        dialog.finished.connect(lambda _result, dialog=dialog: dialog.deleteLater())
        self.dialog = dialog
        dialog.show()
        self.dialog_opened.emit(dialog)
        return dialog


def install(vacancies_window, row: QHBoxLayout) -> BlindReviewButton:
    """Add "Blind review…" to the vacancies window's button ``row``."""
    return BlindReviewButton(vacancies_window, row)
