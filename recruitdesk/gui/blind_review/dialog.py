"""The blind first review of a vacancy: each CV as "CV 3 of 12", its masked text and its pages
with the identity blacked out, a 1-5 rating recorded before anyone's name is shown.

The dialog never receives a name, the raw CV text or the original file: the service hands it a
``BlindCv`` (masked text, blacked-out page images in memory). "Reveal identity" is a separate
button, enabled once the blind rating is stored; the service audits each reveal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.shell.tasks import Task, TaskSet, WriteTask
from recruitdesk.services import blind_review
from recruitdesk.vault.vault import Vault

PREVIEW_WIDTH = 640  # pixels a page image is scaled to


def page_image(page: blind_review.MaskedPage) -> QImage:
    """A greyscale page from the service's pixels (copied: the image owns its memory)."""
    return QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_Grayscale8).copy()


class BlindReviewDialog(QDialog):
    """Review the CVs of one vacancy without seeing who wrote them."""

    def __init__(self, vault: Vault, vacancy_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._vacancy_id = vacancy_id
        self._items: list[blind_review.ReviewItem] = []
        self.tasks = TaskSet(lambda error: self._show_error(user_message(error)))
        self.shown_cv: blind_review.BlindCv | None = None
        self.setWindowTitle(self.tr("Blind first review"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(self.tr("Judge each CV on experience and skills alone: names, contact details, address, birth date, "
                               "age, gender and nationality are hidden. Record your rating first; then you may reveal who it is."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("CVs to review"))
        self.list.currentRowChanged.connect(self._load_cv)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("CV text without identity"))
        self.pages_widget = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.addStretch(1)
        pages_scroll = QScrollArea()
        pages_scroll.setWidgetResizable(True)
        pages_scroll.setWidget(self.pages_widget)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.text_view, self.tr("&Text"))
        self.tabs.addTab(pages_scroll, self.tr("&Pages"))
        self.sections_label = QLabel()
        self.sections_label.setWordWrap(True)

        self.rating_group = QButtonGroup(self)
        rating_row = QHBoxLayout()
        rating_row.addWidget(QLabel(self.tr("Rating:")))
        self.rating_buttons: list[QRadioButton] = []
        for value in range(1, 6):
            button = QRadioButton(f"&{value}")
            button.setAccessibleName(self.tr("Rating {value} of 5").format(value=value))
            self.rating_group.addButton(button, value)
            self.rating_buttons.append(button)
            rating_row.addWidget(button)
        self.rate_button = QPushButton(self.tr("&Record rating"))
        self.rate_button.setToolTip(self.tr("Store the rating as a blind one, before the identity is shown"))
        self.rate_button.clicked.connect(self.record_rating)
        self.reveal_button = QPushButton(self.tr("Re&veal identity"))
        self.reveal_button.setToolTip(self.tr("Show who wrote this CV; allowed once your rating is recorded, and logged"))
        self.reveal_button.clicked.connect(self.reveal)
        rating_row.addWidget(self.rate_button)
        rating_row.addStretch(1)
        rating_row.addWidget(self.reveal_button)
        self.identity_label = QLabel()
        self.identity_label.setWordWrap(True)
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = inline_error_label()

        review = QWidget()
        review_layout = QVBoxLayout(review)
        review_layout.setContentsMargins(0, 0, 0, 0)
        review_layout.addWidget(self.sections_label)
        review_layout.addWidget(self.tabs, 1)
        review_layout.addLayout(rating_row)
        review_layout.addWidget(self.identity_label)
        review_layout.addWidget(self.error_label)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(review)
        splitter.setStretchFactor(1, 4)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 720)
        self._enable_rating(False)
        self.tasks.run(self._queue_task(), self._queue_loaded)

    def busy(self) -> bool:
        return self.tasks.busy()

    # --- where the review's data comes from (the team's review dialog overrides these) -------
    def _queue_task(self) -> Task:
        return Task(blind_review.review_queue, self._vault, self._vacancy_id)

    def _cv_task(self, item) -> Task:
        return Task(blind_review.blind_cv, self._vault, item.application_id)

    def _rating_task(self, item, rating: int) -> WriteTask:
        return WriteTask(blind_review.record_blind_rating, self._vault, item.application_id, rating)

    def _reveal_task(self, item) -> WriteTask:
        return WriteTask(blind_review.reveal_identity, self._vault, item.application_id)

    def _item_text(self, item) -> str:
        return self.tr("CV {number} of {count}").format(number=item.position, count=len(self._items))

    def _may_rate(self) -> bool:
        return True

    def _confirm_reveal(self, reveal) -> None:
        """The local review reveals at once (the button's tooltip says it is logged)."""
        reveal()

    # --- the queue -------------------------------------------------------------------------
    def _queue_loaded(self, items: object) -> None:
        self._items = list(items)  # type: ignore[call-overload]
        self.list.clear()
        for index in range(len(self._items)):
            self.list.addItem(QListWidgetItem())
            self._label(index)
        if self._items:
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self.sections_label.setText(self.tr("No CV of this vacancy is waiting for a review."))

    def _label(self, index: int) -> None:
        item = self._items[index]
        text = self._item_text(item)
        if item.rated_blind and item.rating is not None:
            text = self.tr("{cv}: rated {rating}").format(cv=text, rating=item.rating)
        self.list.item(index).setText(text)

    def current_item(self) -> blind_review.ReviewItem | None:
        index = self.list.currentRow()
        return self._items[index] if 0 <= index < len(self._items) else None

    # --- one CV ----------------------------------------------------------------------------
    def _load_cv(self, index: int) -> None:
        self.shown_cv = None
        self.text_view.clear()
        self._clear_pages()
        self.identity_label.clear()
        self.error_label.hide()
        self._enable_rating(False)
        if not 0 <= index < len(self._items):
            return
        item = self._items[index]
        self.sections_label.setText(self.tr("Loading the CV…"))
        self.tasks.run(self._cv_task(item), self._cv_loaded)

    def _cv_loaded(self, result: object) -> None:
        cv: blind_review.BlindCv = result  # type: ignore[assignment]
        item = self.current_item()
        if item is None or item.application_id != cv.application_id:
            return  # the user moved on meanwhile
        self.shown_cv = cv
        self.text_view.setPlainText(cv.text or self.tr("This CV has no text to show."))
        self.sections_label.setText(self.tr("Experience and skills sections only.") if cv.sections_only
                                    else self.tr("The whole CV, with the identity hidden: no experience or skills heading was found."))
        for page in cv.pages:
            label = QLabel()
            if page.shown:
                label.setPixmap(QPixmap.fromImage(page_image(page)).scaledToWidth(PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation))
                label.setAccessibleName(self.tr("Page with the identity blacked out"))
            else:
                label.setText(self.tr("This page is a scanned image: it is not shown, because the identity on it cannot be "
                                      "located. Its text is on the Text tab."))
                label.setWordWrap(True)
            self.pages_layout.insertWidget(self.pages_layout.count() - 1, label)
        self.tabs.setTabEnabled(1, bool(cv.pages))
        if item.rated_blind and item.rating is not None:
            self.rating_buttons[item.rating - 1].setChecked(True)
        self._enable_rating(True)

    def _clear_pages(self) -> None:
        while self.pages_layout.count() > 1:
            widget = self.pages_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def _enable_rating(self, enabled: bool) -> None:
        item = self.current_item()
        checked = self.rating_group.checkedId()
        self.rating_group.setExclusive(False)
        rates = enabled and self._may_rate()
        for button in self.rating_buttons:
            button.setEnabled(rates)
            if not enabled:
                button.setChecked(False)
        self.rating_group.setExclusive(True)
        self.rate_button.setEnabled(rates)
        self.reveal_button.setEnabled(enabled and item is not None and item.rated_blind and item.rating is not None)
        if rates and checked > 0 and not self.rating_buttons[checked - 1].isChecked():
            self.rating_buttons[checked - 1].setChecked(True)

    # --- rating and reveal -----------------------------------------------------------------
    def record_rating(self) -> None:
        item = self.current_item()
        rating = self.rating_group.checkedId()
        if item is None:
            return
        if rating < 1:
            self._show_error(self.tr("Choose a rating from 1 to 5 first."))
            return
        index = self.list.currentRow()
        self.rate_button.setEnabled(False)

        self.tasks.run(self._rating_task(item, rating), lambda result: self._rating_stored(index, result))

    def _rating_stored(self, index: int, result: object) -> None:
        self._items[index] = result  # type: ignore[assignment]
        self._label(index)
        self.error_label.hide()
        if self.list.currentRow() == index:
            self._enable_rating(True)

    def reveal(self) -> None:
        item = self.current_item()
        if item is None:
            return

        def revealed(result: object) -> None:
            identity: blind_review.Identity = result  # type: ignore[assignment]
            if self.current_item() is not None and self.current_item().application_id == identity.application_id:  # type: ignore[union-attr]
                self.identity_label.setText(self.tr("This CV is from {name}.").format(name=identity.name))

        self._confirm_reveal(lambda: self.tasks.run(self._reveal_task(item), revealed))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self._enable_rating(self.shown_cv is not None)
