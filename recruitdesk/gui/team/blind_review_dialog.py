"""The team's blind review of one vacancy: the local review's dialog, fed by the team's service.

Everything a reviewer sees is the local dialog's (masked text, blacked-out pages, the rating row);
what differs on a team vault is said here: the applicants are "Applicant 1, 2, …", a DPO sees the
CVs and ratings without rating controls, "Reveal identity" asks first because the team's audit
log records the reveal with the member's name, and a colleague's rating meanwhile is shown in words
with their rating in place of the refused one. The dialog follows the team's change feed: a colleague's
rating, or an applicant leaving the procedure, shows without reopening it.
"""

from __future__ import annotations

from typing import Callable
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from recruitdesk.gui.blind_review.dialog import BlindReviewDialog
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services.team_blind_review import RatingConflict, TeamBlindReview, TeamReviewItem
from recruitdesk.services.team_desk import TeamChange

APPLICATION = "application"  # the change feed's record kind


class TeamBlindReviewDialog(BlindReviewDialog):
    dialog_opened = Signal(object)  # the box asking before a reveal

    def __init__(self, service: TeamBlindReview, vacancy_id: UUID, title: str, parent: QWidget | None = None) -> None:
        self._service = service
        super().__init__(None, vacancy_id, parent)  # type: ignore[arg-type]  # the team's service replaces the vault
        self.setWindowTitle(self.tr("Blind review of {title}").format(title=title))
        self.setAccessibleName(self.windowTitle())
        self.role_label = QLabel(self.tr("As data protection officer you read the masked CVs and the ratings; rating is "
                                         "for recruiters."), self)
        self.role_label.setWordWrap(True)
        self.role_label.setVisible(not service.may_rate)
        self.layout().insertWidget(1, self.role_label)
        if not service.may_rate:
            self.rate_button.setToolTip(self.tr("A data protection officer does not rate applicants"))

    def _queue_task(self) -> Task:
        return Task(self._service.queue, self._vacancy_id)

    def _cv_task(self, item: TeamReviewItem) -> Task:
        return Task(self._service.blind_cv, item)

    def _rating_task(self, item: TeamReviewItem, rating: int) -> WriteTask:
        return WriteTask(self._service.record_rating, self._vacancy_id, item, rating)

    def _reveal_task(self, item: TeamReviewItem) -> WriteTask:
        return WriteTask(self._service.reveal_identity, item)

    def _item_text(self, item: TeamReviewItem) -> str:
        return self.tr("Applicant {number}").format(number=item.position)

    def _may_rate(self) -> bool:
        return self._service.may_rate

    def _confirm_reveal(self, reveal: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Reveal identity"),
                          self.tr("Show who wrote this CV? The team's audit log records that you revealed it, with your name."),
                          QMessageBox.StandardButton.Cancel, self)
        box.reveal_button = box.addButton(self.tr("Re&veal"), QMessageBox.ButtonRole.AcceptRole)  # type: ignore[attr-defined]
        box.finished.connect(lambda _result: box.clickedButton() is box.reveal_button and reveal())  # type: ignore[attr-defined]
        box.finished.connect(lambda _result: box.deleteLater())
        box.open()
        self.dialog_opened.emit(box)

    def _rating_stored(self, index: int, result: object) -> None:
        if not isinstance(result, RatingConflict):
            super()._rating_stored(index, result)
            return
        if result.theirs is not None:
            self._items[index] = result.theirs  # type: ignore[call-overload]
            self._label(index)
        if self.list.currentRow() == index and result.theirs is not None and result.theirs.rating is not None:
            self.rating_buttons[result.theirs.rating - 1].setChecked(True)
        self._show_error(result.message())

    # --- live refresh ------------------------------------------------------------------------
    def follow(self, change: TeamChange) -> None:
        """A change notice of the team: an application changed (rated, moved) or someone erased: the queue again."""
        if (change.record_kind == APPLICATION or change.erased) and not self._service.closed:
            self.tasks.run(self._queue_task(), self._queue_refreshed)

    def _queue_refreshed(self, result: object) -> None:
        items: list[TeamReviewItem] = list(result)  # type: ignore[call-overload]
        if [item.application_id for item in items] == [item.application_id for item in self._items]:
            self._items = items  # type: ignore[assignment]  # same applicants: new versions and ratings, the CV stays
            for index in range(len(items)):
                self._label(index)
            self._enable_rating(self.shown_cv is not None)
            return
        shown = self.current_item()
        self._queue_loaded(items)
        kept = next((index for index, item in enumerate(items) if shown is not None and item.application_id == shown.application_id), None)
        if kept is not None and kept != self.list.currentRow():
            self.list.setCurrentRow(kept)
