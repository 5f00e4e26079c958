"""The Candidate dock: the selected candidate's profile (editable), documents with an in-app
preview, the applications (opening a vacancy's board at the candidate), consents, notes,
rights requests and the timeline from the audit log.

Everything is read on a worker thread from the dock's source (``detail_source``): a local vault's
``services.candidate_detail``, or a team's ``services.team_detail`` while a team is shown in the
window (``CandidateDetailFeature.follow_team``): one dock for both kinds of vault. The profile is saved
through the source too (a team's over the version read: a colleague's newer save is the source's to
show, ``gui.team.dock_save``); after a local save the local list is read again, a team's list reads
the line on the save's change notice. PDFs are previewed with
QtPdf from a ``QBuffer`` holding the decrypted bytes: no decrypted file is ever written. When
QtPdf is not installed (or cannot read the file) the text extracted at import is shown instead;
DOCX, ODT and text documents always show their extracted text.

``install_candidate_detail(window, vault_provider)`` adds the dock to the main window and follows
its table's selection; the window calls :meth:`CandidateDetailFeature.clear` when it locks, which
drops every decrypted value, including the loaded PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Callable

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recruitdesk import labels
from recruitdesk.dates import short_date, short_datetime
from recruitdesk.errors import RecruitDeskError
from recruitdesk.gui.shell.error_reporting import user_message
from recruitdesk.gui.candidates.detail_source import DetailSource, LocalDetailSource, SaveJob, TheirsShown, VaultProvider
from recruitdesk.gui.shell.tasks import Task
from recruitdesk.services import candidate_detail as cd
from recruitdesk.services.stages import stage_label
from recruitdesk.services import consents as consent_service
from recruitdesk.services import rights_requests as rr
from recruitdesk.services.applications import CandidateApplication

try:  # QtPdf ships in the PySide6-Pdf wheel; without it PDFs show their extracted text
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installation
    QPdfDocument = None  # type: ignore[assignment,misc]
    QPdfView = None  # type: ignore[assignment,misc]

SELECTION_DELAY_MS = 120  # wait for the table's selection to settle (a reload clears and restores it)
PLACEHOLDER_PAGE, PDF_PAGE, TEXT_PAGE = 0, 1, 2


def _date(value: dt.date | None) -> str:
    return short_date(value) or "–"


def _size(size: int) -> str:
    return QLocale().formattedDataSize(size)


class CandidateDetailPane(QWidget):
    """Shows one candidate. Emits ``loaded(id)`` when filled, ``saved(id)`` after a saved profile,
    ``theirs_shown(id)`` when the user took a colleague's newer profile instead of saving theirs,
    ``save_failed(message)`` when the profile was refused, ``preview_shown(document_id)``
    when a document's preview is on screen, and ``vacancy_requested(vacancy_id, application_id)``
    when the user asks to see one of the candidate's applications on its vacancy's board."""

    loaded = Signal(object)  # the candidate's id (a team's are UUIDs)
    vacancy_requested = Signal(object, object)
    saved = Signal(object)
    theirs_shown = Signal(object)
    save_failed = Signal(str)
    preview_shown = Signal(object)

    def __init__(self, source: DetailSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.candidate_id: object | None = None
        self.detail: cd.CandidateDetail | None = None
        self._load: Task | None = None
        self._save: SaveJob | None = None
        self._preview: Task | None = None
        self._buffer: QBuffer | None = None
        self.pdf_document = QPdfDocument(self) if QPdfDocument is not None else None
        self.setAccessibleName(self.tr("Candidate details"))
        self._build()
        self.clear()

    # --- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setAccessibleName(self.tr("Candidate details state"))
        layout.addWidget(self.message_label)

        self.body = QWidget(self)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body, 1)

        form = QFormLayout()
        self.name_field = self._field(self.tr("Name"), cd.NAME_MAX)
        self.email_field = self._field(self.tr("Email"), cd.EMAIL_MAX)
        self.phone_field = self._field(self.tr("Phone"), cd.PHONE_MAX)
        self.city_field = self._field(self.tr("City"), cd.CITY_MAX)
        self.linkedin_field = self._field(self.tr("LinkedIn"), cd.LINKEDIN_MAX)
        self.linkedin_field.setPlaceholderText(self.tr("https://www.linkedin.com/in/…"))
        form.addRow(self.tr("&Name:"), self.name_field)
        form.addRow(self.tr("&Email:"), self.email_field)
        form.addRow(self.tr("&Phone:"), self.phone_field)
        form.addRow(self.tr("Cit&y:"), self.city_field)
        form.addRow(self.tr("&LinkedIn:"), self.linkedin_field)
        self.source_label = self._value_label(self.tr("Source"))
        self.applied_label = self._value_label(self.tr("Applied on"))
        self.contact_label = self._value_label(self.tr("Last contact"))
        form.addRow(self.tr("Source:"), self.source_label)
        form.addRow(self.tr("Applied:"), self.applied_label)
        form.addRow(self.tr("Last contact:"), self.contact_label)
        body_layout.addLayout(form)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setAccessibleName(self.tr("Profile error"))
        self.error_label.hide()
        body_layout.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the profile"))
        self.save_button.setToolTip(self.tr("Save the candidate's contact details"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        body_layout.addLayout(buttons)
        for field in self._fields():
            field.returnPressed.connect(self.save)

        self.tabs = QTabWidget(self.body)
        self.tabs.setAccessibleName(self.tr("Candidate records"))
        body_layout.addWidget(self.tabs, 1)

        documents = QSplitter(Qt.Orientation.Vertical)
        documents.setObjectName("documentsSplitter")  # its position is remembered with the window layout
        self.documents_list = self._list(self.tr("Documents"))
        self.documents_list.currentItemChanged.connect(lambda item, _previous: self._document_chosen(item))
        documents.addWidget(self.documents_list)
        self.preview_stack = QStackedWidget()
        self.preview_stack.setAccessibleName(self.tr("Document preview"))
        self.preview_placeholder = QLabel(self.tr("Choose a document to preview it."))
        self.preview_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_placeholder.setWordWrap(True)
        self.preview_stack.addWidget(self.preview_placeholder)
        if QPdfView is not None:
            self.pdf_view = QPdfView()
            self.pdf_view.setAccessibleName(self.tr("PDF preview"))
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.pdf_view.setDocument(self.pdf_document)
        else:
            self.pdf_view = QLabel(self.tr("PDF preview is not available; the text is shown instead."))
        self.preview_stack.addWidget(self.pdf_view)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Document text"))
        self.preview_stack.addWidget(self.text_view)
        documents.addWidget(self.preview_stack)
        documents.setStretchFactor(1, 3)
        self.tabs.addTab(documents, self.tr("&Documents"))

        self.tabs.addTab(self._applications_tab(), self.tr("&Applications"))
        self.consents_list = self._list(self.tr("Consents"))
        self.tabs.addTab(self.consents_list, self.tr("C&onsents"))
        self.notes_list = self._list(self.tr("Screening notes"))
        self.tabs.addTab(self.notes_list, self.tr("No&tes"))
        self.requests_list = self._list(self.tr("Rights requests"))
        self.tabs.addTab(self.requests_list, self.tr("Re&quests"))
        self.timeline_list = self._list(self.tr("Timeline"))
        self.tabs.addTab(self.timeline_list, self.tr("T&imeline"))

    def _applications_tab(self) -> QWidget:
        """The vacancies the candidate applied for; a double-click, Enter or the button opens the
        vacancy's board at this candidate."""
        tab = QWidget()
        tab_layout = QVBoxLayout(tab)
        tab_layout.setContentsMargins(0, 0, 0, 0)
        self.applications_list = QTreeWidget()
        self.applications_list.setAccessibleName(self.tr("Applications"))
        self.applications_list.setRootIsDecorated(False)
        self.applications_list.setHeaderLabels([self.tr("Vacancy"), self.tr("Stage"), self.tr("Applied on"), self.tr("Outcome"),
                                                self.tr("Rating")])
        self.applications_list.itemActivated.connect(lambda _item, _column: self.open_application())
        self.applications_list.currentItemChanged.connect(lambda *_: self._enable_open_application())
        self.open_application_button = QPushButton(self.tr("Show on the &board"))
        self.open_application_button.setToolTip(self.tr("Open this vacancy's board with the candidate selected"))
        self.open_application_button.clicked.connect(self.open_application)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_application_button)
        tab_layout.addWidget(self.applications_list, 1)
        tab_layout.addLayout(row)
        self._enable_open_application()
        return tab

    def _fill_applications(self, rows: tuple[CandidateApplication, ...]) -> None:
        self.applications_list.clear()
        for row in rows:
            vacancy = self.tr("{vacancy} ({client})").format(vacancy=row.vacancy, client=row.client) if row.client else row.vacancy
            if row.outcome == "open":
                outcome = labels.label("outcome", row.outcome)
            else:
                outcome = self.tr("{outcome} on {date}").format(outcome=labels.label("outcome", row.outcome), date=_date(row.ended_on))
            item = QTreeWidgetItem([vacancy, stage_label(row.stage), _date(row.applied_on), outcome, "★" * (row.rating or 0)])
            item.setData(0, Qt.ItemDataRole.UserRole, (row.vacancy_id, row.id))
            item.setToolTip(0, self.tr("Vacancy status: {status}").format(status=labels.label("vacancy_status", row.vacancy_status)))
            self.applications_list.addTopLevelItem(item)
        if not rows:
            item = QTreeWidgetItem([self.tr("No applications: this candidate is in no vacancy.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.applications_list.addTopLevelItem(item)
        else:
            self.applications_list.setCurrentItem(self.applications_list.topLevelItem(0))
        for column in range(self.applications_list.columnCount()):
            self.applications_list.resizeColumnToContents(column)
        self._enable_open_application()

    def _enable_open_application(self) -> None:
        item = self.applications_list.currentItem()
        self.open_application_button.setEnabled(item is not None and item.data(0, Qt.ItemDataRole.UserRole) is not None)

    def open_application(self) -> None:
        """Ask for the current application's vacancy board (the window opens it)."""
        item = self.applications_list.currentItem()
        ids = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if ids is not None:
            self.vacancy_requested.emit(*ids)

    def _field(self, accessible: str, limit: int) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(accessible)
        field.setMaxLength(limit)
        return field

    def _value_label(self, accessible: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(accessible)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _list(self, accessible: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(accessible)
        widget.setWordWrap(True)
        return widget

    def _fields(self) -> tuple[QLineEdit, ...]:
        return (self.name_field, self.email_field, self.phone_field, self.city_field, self.linkedin_field)

    # --- state -----------------------------------------------------------------------------
    def set_source(self, source: DetailSource) -> None:
        """Show another vault's candidates (a team shown in the window, or the local vault again)."""
        self.source = source
        self.clear()

    def _show_source_controls(self) -> None:
        """What the source can do: save the form (not a team's read-only member); show an application on its board."""
        source = self.source
        for field in self._fields():
            field.setReadOnly(not source.editable)
        self.save_button.setVisible(source.editable)
        self.open_application_button.setVisible(source.shows_board)

    def clear(self, message: str | None = None) -> None:
        """Forget the candidate: every field, list and the loaded PDF."""
        self.candidate_id = None
        self.detail = None
        self._load = None  # a load still running is ignored when it finishes
        self._save = None
        self._stale = False
        self._preview = None
        for field in self._fields():
            field.clear()
        for label in (self.source_label, self.applied_label, self.contact_label):
            label.clear()
        self._show_error(None)
        for widget in (self.documents_list, self.consents_list, self.notes_list, self.requests_list, self.timeline_list):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        self.applications_list.clear()
        self._enable_open_application()
        self._clear_preview()
        self._show_source_controls()
        self.message_label.setText(message or self.no_selection_text())
        self.message_label.show()
        self.body.hide()

    def no_selection_text(self) -> str:
        """The empty state of an unlocked vault with no candidate selected."""
        return self.tr("No candidate selected.\nSelect one candidate in the list to see the details.")

    def _clear_preview(self) -> None:
        if self.pdf_document is not None:
            self.pdf_document.close()
        buffer, self._buffer = self._buffer, None
        if buffer is not None:
            buffer.close()
            buffer.setData(QByteArray())
            buffer.deleteLater()
        self.text_view.clear()
        self.preview_placeholder.setText(self.tr("Choose a document to preview it."))
        self.preview_stack.setCurrentIndex(PLACEHOLDER_PAGE)

    def show_candidate(self, candidate_id: object) -> Task | None:
        """Load one candidate's details on a worker thread."""
        if not self.source.is_open():
            self.clear(self.tr("The vault is locked."))
            return None
        self.clear(self.tr("Loading the candidate…"))
        self.candidate_id = candidate_id
        task = self.source.read_task(candidate_id)
        task.finished.connect(lambda detail, task=task: self._arrived(task, detail))
        task.failed.connect(lambda error, task=task: self._failed(task, error))
        self._load = task
        task.start()
        return task

    def reload(self) -> Task | None:
        return self.show_candidate(self.candidate_id) if self.candidate_id is not None else None

    def _arrived(self, task: Task, detail: cd.CandidateDetail) -> None:
        if task is not self._load or not shiboken6.isValid(self):  # replaced, cleared, or the pane is gone
            return
        self._load = None
        self.detail = detail
        self._fill(detail)
        self.message_label.hide()
        self.body.show()
        self.loaded.emit(detail.profile.id)
        self._refresh_if_stale()

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def _failed(self, task: Task, error: BaseException) -> None:
        if task is not self._load or not shiboken6.isValid(self):  # replaced, cleared, or the pane is gone
            return
        candidate_id = self.candidate_id
        self.clear(user_message(error))
        self.candidate_id = candidate_id

    def refresh(self) -> Task | None:
        """Reload the shown candidate (after a change elsewhere) without losing unsaved edits or
        the document on screen; does nothing while loading or saving."""
        if not self.source.is_open() or self.candidate_id is None:
            return None
        if self.detail is None or self._load is not None or self._save is not None:
            self._stale = True  # what is being read may predate the change: read again once it is shown
            return None
        task = self.source.read_task(self.candidate_id)
        task.finished.connect(lambda detail, task=task: self._refreshed(task, detail))
        task.failed.connect(lambda error, task=task: self._failed(task, error))
        self._load = task
        task.start()
        return task

    def is_editing(self) -> bool:
        """Whether the profile form holds changes not saved yet."""
        if self.detail is None:
            return False
        profile = self.detail.profile
        shown = tuple(field.text() for field in self._fields())
        return shown != (profile.name, profile.email or "", profile.phone or "", profile.city or "", profile.linkedin or "")

    def _refreshed(self, task: Task, detail: cd.CandidateDetail) -> None:
        if task is not self._load or not shiboken6.isValid(self):  # replaced, cleared, or the pane is gone
            return
        self._load = None
        editing = self.is_editing()  # against the profile shown, before it is replaced
        if editing:  # the user started typing meanwhile: keep the form, refresh the rest
            detail = replace(detail, profile=self.detail.profile)
        current = self.documents_list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        for widget in (self.documents_list, self.consents_list, self.notes_list, self.requests_list, self.timeline_list):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        self.detail = detail
        self._fill(detail, keep_document=keep, fill_profile=not editing)
        self.loaded.emit(detail.profile.id)
        self._refresh_if_stale()

    def _fill(self, detail: cd.CandidateDetail, keep_document: object | None = None, fill_profile: bool = True) -> None:
        if fill_profile:
            self._fill_profile(detail.profile)
        self.documents_list.blockSignals(True)
        for document in detail.documents:
            if document.size is None:  # a team's file: its size is inside the ciphertext
                text = self.tr("{name} · added {date}").format(name=document.filename, date=_date(document.added_at.date()))
            else:
                text = self.tr("{name} · {size} · added {date}").format(
                    name=document.filename, size=_size(document.size), date=_date(document.added_at.date()))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            item.setToolTip(document.media_type)
            self.documents_list.addItem(item)
        self.documents_list.blockSignals(False)
        if not detail.documents:
            self.preview_placeholder.setText(self.tr("No documents."))
        self._fill_applications(detail.applications)
        for view in detail.consents:
            self.consents_list.addItem(self._consent_text(view))
        for note in detail.notes:
            self.notes_list.addItem(self._note_text(note))
        for request in detail.requests:
            self.requests_list.addItem(self._request_text(request))
        for entry in reversed(detail.timeline):  # newest first
            self.timeline_list.addItem(self.tr("{date}: {event}").format(date=short_datetime(entry.at), event=entry.text()))
        for widget, empty in ((self.consents_list, self.tr("No consents recorded.")),
                              (self.notes_list, self.tr("No screening notes.")),
                              (self.requests_list, self.tr("No rights requests.")),
                              (self.timeline_list, self.tr("Nothing recorded yet."))):
            if widget.count() == 0:
                item = QListWidgetItem(empty)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                widget.addItem(item)
        ids = [document.id for document in detail.documents]
        if keep_document in ids:  # the preview on screen stays
            self.documents_list.blockSignals(True)
            self.documents_list.setCurrentRow(ids.index(keep_document))
            self.documents_list.blockSignals(False)
        elif ids:
            self.documents_list.setCurrentRow(0)
        else:
            self._preview = None
            self._clear_preview()
            self.preview_placeholder.setText(self.tr("No documents."))

    def _fill_profile(self, profile: cd.Profile) -> None:
        self.name_field.setText(profile.name)
        self.email_field.setText(profile.email or "")
        self.phone_field.setText(profile.phone or "")
        self.city_field.setText(profile.city or "")
        self.linkedin_field.setText(profile.linkedin or "")
        self.source_label.setText(labels.label("source", profile.source))
        self.applied_label.setText(_date(profile.applied_on))
        self.contact_label.setText(_date(profile.last_contact_on))

    def _consent_text(self, view: consent_service.ConsentView) -> str:
        purpose = labels.label("consent_purpose", view.purpose)
        if view.withdrawn_on is not None:
            return self.tr("{purpose}: given {given}, withdrawn {withdrawn}").format(
                purpose=purpose, given=_date(view.given_on), withdrawn=_date(view.withdrawn_on))
        if view.expires_on is not None:
            return self.tr("{purpose}: given {given}, until {expires}").format(
                purpose=purpose, given=_date(view.given_on), expires=_date(view.expires_on))
        return self.tr("{purpose}: given {given}").format(purpose=purpose, given=_date(view.given_on))

    def _note_text(self, note: cd.NoteSummary) -> str:
        kind = labels.label("note_kind", note.kind)
        text = self.tr("{date} · {kind} · {author}: {summary}").format(
            date=_date(note.created_at.date()), kind=kind, author=note.author, summary=note.summary)
        if note.needs_discussion:
            text = self.tr("{text} (not yet discussed with the candidate)").format(text=text)
        return text

    def _request_text(self, request: rr.RequestView) -> str:
        kind = labels.label("request_kind", request.kind)
        if request.completed_on is not None:
            return self.tr("{kind}: received {received}, completed {completed}").format(
                kind=kind, received=_date(request.received_on), completed=_date(request.completed_on))
        return self.tr("{kind}: received {received}, answer by {deadline}").format(
            kind=kind, received=_date(request.received_on), deadline=_date(request.deadline))

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> SaveJob | None:
        """Validate and save the profile on a worker thread, over the profile the form started from;
        errors appear under the form."""
        if (not self.source.editable or not self.source.is_open() or self.candidate_id is None or self.detail is None
                or self._save is not None):
            return None
        self._show_error(None)
        self.save_button.setEnabled(False)
        task = self.source.save_task(self.detail.profile, self.name_field.text(), self.email_field.text(),
                                     self.phone_field.text(), self.city_field.text(), self.linkedin_field.text())
        task.finished.connect(lambda profile, task=task: self._saved(task, profile))
        task.failed.connect(lambda error, task=task: self._save_failed(task, error))
        self._save = task
        task.start()
        return task

    def _saved(self, task: SaveJob, outcome: cd.Profile | TheirsShown | None) -> None:
        if task is not self._save or not shiboken6.isValid(self):  # replaced, cleared, or the pane is gone
            return
        self._save = None
        self.save_button.setEnabled(True)
        if outcome is None:  # nothing saved (a conflict left undecided): the typed text stays
            self._refresh_if_stale()
            return
        profile = outcome.profile if isinstance(outcome, TheirsShown) else outcome
        self._fill_profile(profile)
        if self.detail is not None:
            self.detail = replace(self.detail, profile=profile)
        if isinstance(outcome, TheirsShown):
            self.theirs_shown.emit(profile.id)  # nothing saved: no new timeline entry to read
            return
        self.saved.emit(profile.id)
        self.refresh()  # the timeline has a new entry

    def _save_failed(self, task: SaveJob, error: BaseException) -> None:
        if task is not self._save or not shiboken6.isValid(self):  # replaced, cleared, or the pane is gone
            return
        self._save = None
        self.save_button.setEnabled(True)
        message = error.message() if isinstance(error, RecruitDeskError) else user_message(error)
        self._show_error(message)
        self.save_failed.emit(message)
        self._refresh_if_stale()  # a change that came meanwhile (the typed text stays: it is being edited)

    def _show_error(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    # --- preview ---------------------------------------------------------------------------
    def _document_chosen(self, item: QListWidgetItem | None) -> None:
        self._preview = None
        self._clear_preview()
        if item is None or not self.source.is_open() or self.detail is None:
            return
        document_id = item.data(Qt.ItemDataRole.UserRole)
        info = next((d for d in self.detail.documents if d.id == document_id), None)
        if info is None:
            return
        self.preview_placeholder.setText(self.tr("Opening {name}…").format(name=info.filename))
        want_bytes = info.is_pdf and self.pdf_document is not None
        task = self.source.preview_task(document_id, want_bytes)
        task.finished.connect(lambda result, task=task: self._preview_arrived(task, document_id, *result))
        task.failed.connect(lambda error, task=task: self._preview_failed(task, error))
        self._preview = task
        task.start()

    def _preview_arrived(self, task: Task, document_id: object, content: bytes | None, text: str) -> None:
        if task is not self._preview or not shiboken6.isValid(self):  # replaced, cleared, or the pane is gone
            return
        self._preview = None
        self.text_view.setPlainText(text or self.tr("No text could be extracted from this document."))
        if content is not None and self.pdf_document is not None:
            buffer = QBuffer(self)
            buffer.setData(QByteArray(content))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._buffer = buffer
            self.pdf_document.load(buffer)
            if self.pdf_document.status() != QPdfDocument.Status.Error and self.pdf_document.pageCount() > 0:
                self.preview_stack.setCurrentIndex(PDF_PAGE)
                self.preview_shown.emit(document_id)
                return
            self.pdf_document.close()
        self.preview_stack.setCurrentIndex(TEXT_PAGE)
        self.preview_shown.emit(document_id)

    def _preview_failed(self, task: Task, error: BaseException) -> None:
        if task is not self._preview or not shiboken6.isValid(self):  # replaced, cleared, or the pane is gone
            return
        self._preview = None
        self.preview_placeholder.setText(user_message(error))
        self.preview_stack.setCurrentIndex(PLACEHOLDER_PAGE)


class CandidateDetailFeature(QObject):
    """The dock, its toggle action (Ctrl+Shift+D) and the link to the shown list's selection: the
    local vault's table, or a team's list while a team is shown in the window (``follow_team``)."""

    def __init__(self, window: QMainWindow, vault_provider: VaultProvider) -> None:
        super().__init__(window)
        self._window = window
        self._local = LocalDetailSource(vault_provider)
        self._selected_ids: Callable[[], list] = window.selected_ids
        self._team: QWidget | None = None
        self.pane = CandidateDetailPane(self._local)
        self.pane.saved.connect(self._saved)
        self.pane.theirs_shown.connect(self._theirs_shown)
        dock = QDockWidget(self.tr("Candidate"), window)
        dock.setObjectName("candidateDock")
        dock.setAccessibleName(self.tr("Candidate details"))
        dock.setWidget(self.pane)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.dock = dock
        action = dock.toggleViewAction()
        action.setObjectName("actionCandidateDetails")
        action.setText(self.tr("Candidate &details"))
        action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        action.setToolTip(self.tr("Show or hide the selected candidate's details (Ctrl+Shift+D)"))
        self.action = action
        window.addAction(action)  # the shortcut works anywhere in the window; the docks' menu lists it too
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SELECTION_DELAY_MS)
        self._timer.timeout.connect(self.follow_selection)
        window.ui.candidateTable.selectionModel().selectionChanged.connect(self._local_selection_changed)
        window.rows_loaded.connect(self._local_rows_loaded)

    # --- which list the dock follows -----------------------------------------------------------
    def follow_team(self, team: QWidget, source: DetailSource) -> None:
        """A team is shown in the window: the dock shows its selected candidate, read through ``source``,
        refreshed when the team's list reloads or a colleague's change about the shown candidate comes."""
        self._team = team
        self._selected_ids = lambda: [chosen[0]] if (chosen := team.selected_candidate()) is not None else []
        self.pane.set_source(source)
        team.table.selectionModel().selectionChanged.connect(self._team_selection_changed)
        team.rows_loaded.connect(self._rows_loaded)
        team.candidate_changed.connect(self._team_candidate_changed)
        self.dock.setVisible(True)

    def follow_local(self) -> None:
        """The team closed: the dock follows the local table again (hidden until the window shows its docks)."""
        self._team = None
        self._selected_ids = self._window.selected_ids
        self._timer.stop()
        self.pane.set_source(self._local)
        self.pane.clear(self.tr("The vault is locked."))
        self.dock.setVisible(False)

    def _local_selection_changed(self, *_args) -> None:
        if self._team is None:
            self._timer.start()

    def _team_selection_changed(self, *_args) -> None:
        if self._team is not None:
            self._timer.start()

    def _local_rows_loaded(self, count: int) -> None:
        if self._team is None:
            self._rows_loaded(count)

    def _team_candidate_changed(self, candidate_id: object) -> None:
        """A change notice (a colleague's save, or this window's own) about the candidate on show."""
        if self._team is not None and candidate_id == self.pane.candidate_id:
            self.pane.refresh()

    def _rows_loaded(self, _count: int) -> None:
        """The list (re)loaded: after an unlock, replace the locked message by what is selected
        (usually nothing); after a change (consent, note, request…), refresh what is shown."""
        if not self.pane.source.is_open():
            return
        if self.pane.candidate_id is not None:
            self.pane.refresh()
        else:
            self.follow_selection()

    def follow_selection(self) -> None:
        """Show the one selected candidate, or say why nothing is shown."""
        self._timer.stop()
        if not self.pane.source.is_open():
            self.clear()
            return
        ids = self._selected_ids()
        if len(ids) == 1:
            if ids[0] != self.pane.candidate_id:
                self.pane.show_candidate(ids[0])
        elif ids:
            self.pane.clear(self.tr("%n candidates are selected. Select one to see the details.", "", len(ids)))
        else:
            self.pane.clear()

    def clear(self) -> None:
        """The vault locked: forget everything shown."""
        self._timer.stop()
        self.pane.clear(self.tr("The vault is locked."))

    def _saved(self, _candidate_id: object) -> None:
        self._window.statusBar().showMessage(self.tr("The candidate's details were saved."), 5000)
        if self._team is None:
            self._window.reload()  # the local table shows the new name and email
        # a team's list reads the line again on the save's change notice, as it does a colleague's

    def _theirs_shown(self, _candidate_id: object) -> None:
        self._window.statusBar().showMessage(
            self.tr("Your colleague's version is shown. Nothing you typed was saved."), 5000)


def install_candidate_detail(window: QMainWindow, vault_provider: VaultProvider) -> CandidateDetailFeature:
    """Add the Candidate dock to ``window``; keep the returned object."""
    return CandidateDetailFeature(window, vault_provider)
