"""Vacancies > Blind review… while a team is shown: the chosen vacancy's applicants reviewed blind.

Its own module so the team's vacancy actions only add it (one line there). The item stands in the
window's Vacancies menu, where a local vault's "Blind first review…" stands (hidden while the team
is shown), and acts on the vacancy chosen in the Vacancies dock: enabled while one is chosen. One
review dialog is open at a time; it follows the change feed (a colleague's rating shows at once)
and closes with the team, whose desk it reads through.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from recruitdesk.services.team_vacancies import TeamVacancyRow

if TYPE_CHECKING:  # with the redaction machinery (PDF rendering, identity masks): loaded on first use, as the local review's
    from recruitdesk.gui.team.blind_review_dialog import TeamBlindReviewDialog
    from recruitdesk.gui.vacancies.actions import VacanciesFeature


class BlindReviewAction(QObject):
    dialog_opened = Signal(object)  # the review dialog

    def __init__(self, team, vacancies: VacanciesFeature) -> None:
        super().__init__(team)
        self.team, self.vacancies = team, vacancies
        self.dialog: TeamBlindReviewDialog | None = None
        self.action = QAction(self.tr("&Blind review…"), team)
        self.action.setToolTip(self.tr("Review the selected vacancy's applicants without their names, contact details, "
                                       "age, gender or nationality"))
        self.action.triggered.connect(lambda _checked=False: self.open_review())
        team.vacancies_menu.addAction(self.action)
        team.closed.connect(self._close)
        self.update()

    def _vacancy(self) -> TeamVacancyRow | None:
        panel = self.vacancies.panel
        row = panel.current_row() if panel is not None and shiboken6.isValid(panel) else None
        return row if isinstance(row, TeamVacancyRow) else None

    def update(self) -> None:
        self.action.setEnabled(self.team.desk is not None and self._vacancy() is not None)

    def open_review(self) -> TeamBlindReviewDialog | None:
        vacancy, desk = self._vacancy(), self.team.desk
        if vacancy is None or desk is None:
            return None
        from recruitdesk.gui.team.blind_review_dialog import TeamBlindReviewDialog
        from recruitdesk.services.team_blind_review import TeamBlindReview

        self._close()
        dialog = TeamBlindReviewDialog(TeamBlindReview(desk), vacancy.vacancy_id, vacancy.title, self.team.main)
        if self.team.listener is not None:  # a colleague's rating shows at once
            self.team.listener.changed.connect(dialog.follow)
        dialog.finished.connect(lambda _result, dialog=dialog: dialog.deleteLater())
        self.dialog = dialog
        dialog.show()
        self.dialog_opened.emit(dialog)
        return dialog

    def _close(self) -> None:
        shown, self.dialog = self.dialog, None
        if shown is not None and shiboken6.isValid(shown):
            shown.close()


def install(team, vacancies: VacanciesFeature) -> BlindReviewAction:
    """Add Vacancies > Blind review… to the team's (``team``, a ``TeamPanel``) Vacancies menu."""
    return BlindReviewAction(team, vacancies)
