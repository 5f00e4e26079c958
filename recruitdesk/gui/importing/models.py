"""The two tables of the import dialog: the files being previewed, and what the import did.

:class:`ImportPreviewModel` holds one :class:`ImportRow` per file: listed, then read (a
:class:`~recruitdesk.services.importing.FilePreview` with the detected fields), then imported
(an :class:`~recruitdesk.services.importing.ImportResult`). The recruiter corrects the name,
email address and phone number in place (the service stores the corrected values), unticks a
file to leave it out, and chooses per file what happens when the person is already known.
:class:`ImportResultModel` lists the outcome, failures first, with the translated reason.

Both models show personal data: they live only as long as the dialog and are never logged.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from recruitdesk import dates
from recruitdesk.services.import_review import Doubt, Skipped, application_date, doubts, name_from_file_name, skipped_parts
from recruitdesk.services.importing import LOW_CONFIDENCE, FilePreview, ImportResult, phone_as_stored

FILE, STATUS, NAME, EMAIL, PHONE, APPLIED, DUPLICATE, WARNINGS = range(8)
LAST_COLUMN = WARNINGS
EDITABLE_FIELDS = {NAME: "name", EMAIL: "email", PHONE: "phone"}

# Extra roles: the row's full list of warnings, and a field's detection confidence (0..1 or None).
WarningsRole = Qt.ItemDataRole.UserRole + 1
ConfidenceRole = Qt.ItemDataRole.UserRole + 2

SKIP, ATTACH, MERGE, CREATE = "skip", "attach", "merge", "create"
CHOICES = (SKIP, ATTACH, MERGE, CREATE)

# Where a row is in its life: listed, read (ok or not), being imported, imported (or not).
WAITING, READY, UNREADABLE, IMPORTING, DONE = "waiting", "ready", "unreadable", "importing", "done"

# Failures of files that were found but deliberately not read (see importing.sources).
NOT_READ_CODES = {"not-imported", "link-outside-folder", "link-to-folder", "hidden-file", "hidden-folder", "system-file",
                  "mail-not-received", "drop-unreadable"}

_EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
_WARNING_TINT = QColor(255, 236, 179)  # amber 100: readable with the default dark text


def is_duplicate(preview: FilePreview | None) -> bool:
    """Whether the person may already be known: a strong match in the vault, or in this batch."""
    if preview is None or not preview.ok:
        return False
    return any(match.strong for match in preview.matches) or any(
        notice.code == "duplicate-in-batch" for notice in preview.file_notices
    )


def default_choice(preview: FilePreview) -> str | None:
    """The same file again: skip it. A new file of a known person: keep it with that person."""
    if not is_duplicate(preview):
        return None
    if any(match.kind == "content" for match in preview.matches):
        return SKIP
    return ATTACH


def duplicate_name(preview: FilePreview | None) -> str | None:
    for match in preview.matches if preview is not None else ():
        if match.strong:
            return match.name
    return None


def choice_text(choice: str | None, existing: str | None = None) -> str:
    if choice == SKIP:
        return QCoreApplication.translate("ImportPreviewModel", "Skip this file")
    if choice == ATTACH:
        if existing:
            return QCoreApplication.translate("ImportPreviewModel", "Add the file to {name}").format(name=existing)
        return QCoreApplication.translate("ImportPreviewModel", "Add the file to the existing candidate")
    if choice == MERGE:
        if existing:
            return QCoreApplication.translate("ImportPreviewModel", "Merge into {name} (add the file, fill in missing contact details)").format(name=existing)
        return QCoreApplication.translate("ImportPreviewModel", "Merge into the existing candidate (add the file, fill in missing contact details)")
    if choice == CREATE:
        return QCoreApplication.translate("ImportPreviewModel", "Create a new candidate anyway")
    return ""


def short_date(date: dt.date | None) -> str:
    """The one place this dialog turns a date into text (a table cell): the app's short style."""
    return dates.short_date(date) if date is not None else ""


@dataclass(eq=False)
class ImportRow:
    path: Path
    preview: FilePreview | None = None
    result: ImportResult | None = None
    state: str = WAITING
    include: bool = True
    choice: str | None = None
    doubts: list[Doubt] = field(default_factory=list)

    @property
    def needs_password(self) -> bool:
        return self.preview is not None and self.preview.failure is not None and self.preview.failure.needs_password

    @property
    def left_out_by_rule(self) -> bool:
        """Found but deliberately not read (a hidden file, a link out of the folder, a mail that did not arrive)."""
        return self.preview is not None and self.preview.failure is not None and self.preview.failure.code in NOT_READ_CODES

    @property
    def file(self) -> str:
        return self.path.name

    def extra_warnings(self) -> list[str]:
        """What only the dialog checks: a corrected email address that cannot be one."""
        if self.preview is not None and self.preview.email and not _EMAIL_SHAPE.match(self.preview.email):
            return [QCoreApplication.translate("ImportPreviewModel", "\"{email}\" does not look like an email address.").format(email=self.preview.email)]
        return []

    def warnings(self) -> list[str]:
        if self.result is not None:
            if self.result.failure is not None:
                return [self.result.failure.message()]
            return list(self.result.warnings)
        if self.preview is None:
            return []
        if self.preview.failure is not None:
            return [self.preview.failure.message()]
        return ([doubt.message() for doubt in self.doubts] + self.extra_warnings() + self.preview.warnings
                + skipped_parts(self.preview))


def status_text(row: ImportRow) -> str:
    if row.state == WAITING:
        return QCoreApplication.translate("ImportPreviewModel", "Waiting…")
    if row.state == UNREADABLE:
        if row.preview is not None and row.preview.failure is not None and row.preview.failure.code == "import-cancelled":
            return QCoreApplication.translate("ImportPreviewModel", "Not read (cancelled)")
        if row.needs_password:
            return QCoreApplication.translate("ImportPreviewModel", "Protected – enter the password")
        if row.left_out_by_rule:
            return QCoreApplication.translate("ImportPreviewModel", "Not imported")
        return QCoreApplication.translate("ImportPreviewModel", "Cannot be imported")
    if row.state == READY:
        if not row.include:
            if row.doubts:
                return QCoreApplication.translate("ImportPreviewModel", "Left out: {reason}").format(reason=row.doubts[0].short())
            return QCoreApplication.translate("ImportPreviewModel", "Left out")
        return QCoreApplication.translate("ImportPreviewModel", "Ready – check warnings") if row.warnings() else QCoreApplication.translate("ImportPreviewModel", "Ready")
    if row.state == IMPORTING:
        return QCoreApplication.translate("ImportPreviewModel", "Waiting to be imported…")
    return result_text(row.result)


def result_text(result: ImportResult | None) -> str:
    if result is None:
        return ""
    if result.status == "imported":
        return QCoreApplication.translate("ImportResultModel", "Imported")
    if result.status == "duplicate":
        if result.action == "attached":
            return QCoreApplication.translate("ImportResultModel", "Added to an existing candidate")
        return QCoreApplication.translate("ImportResultModel", "Already known – not imported")
    if result.status == "cancelled":
        return QCoreApplication.translate("ImportResultModel", "Not imported (cancelled)")
    if result.status == "skipped":
        return QCoreApplication.translate("ImportPreviewModel", "Not imported")
    if result.status == "excluded":
        return QCoreApplication.translate("ImportResultModel", "Left out by you")
    return QCoreApplication.translate("ImportResultModel", "Failed")


def _percent(confidence: float) -> str:
    return QCoreApplication.translate("ImportPreviewModel", "{percent} %").format(percent=round(confidence * 100))


class ImportPreviewModel(QAbstractTableModel):
    """One row per file; name, email and phone editable while the dialog is not busy."""

    def __init__(self, parent=None, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._rows: list[ImportRow] = []
        self._busy = False
        self._today = today

    # --- contents ----------------------------------------------------------------------------
    @property
    def rows(self) -> list[ImportRow]:
        return list(self._rows)

    def row_at(self, row: int) -> ImportRow:
        return self._rows[row]

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def append_paths(self, paths: Sequence[Path | Skipped]) -> list[int]:
        """Add files not listed yet (compared by absolute path); returns the new rows to read.
        A ``Skipped`` entry is listed at once with its reason, and is not read."""
        known = {row.path.absolute() for row in self._rows}
        fresh: list[ImportRow] = []
        for entry in paths:
            path = entry.path if isinstance(entry, Skipped) else Path(entry)
            key = path.absolute()
            if key in known:
                continue
            known.add(key)
            row = ImportRow(path)
            if isinstance(entry, Skipped):
                row.preview, row.state, row.include = FilePreview(path, entry.file, failure=entry.failure), UNREADABLE, False
            fresh.append(row)
        if not fresh:
            return []
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self._rows.extend(fresh)
        self.endInsertRows()
        return [first + offset for offset, row in enumerate(fresh) if row.state == WAITING]

    def set_preview(self, row: int, preview: FilePreview) -> None:
        item = self._rows[row]
        item.preview = preview
        item.result = None
        item.state = READY if preview.ok else UNREADABLE
        item.doubts = doubts(preview)
        item.include = preview.ok and not item.doubts
        if preview.ok:
            preview.applied_on = application_date(preview, self._today())
        if item.choice is None or not is_duplicate(preview):
            item.choice = default_choice(preview)
        self._row_changed(row)

    def set_importing(self, rows: Sequence[int]) -> None:
        for row in rows:
            self._rows[row].state = IMPORTING
            self._row_changed(row)

    def set_result(self, row: int, result: ImportResult) -> None:
        item = self._rows[row]
        item.result = result
        item.state = DONE
        self._row_changed(row)

    def set_busy(self, busy: bool) -> None:
        """While reading or importing, nothing is editable (the worker uses the previews)."""
        if busy != self._busy:
            self._busy = busy
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, LAST_COLUMN))

    def importable_rows(self) -> list[int]:
        return [index for index, row in enumerate(self._rows) if row.state == READY and row.include]

    def duplicate_rows(self) -> list[int]:
        return [index for index, row in enumerate(self._rows) if row.state == READY and is_duplicate(row.preview)]

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, LAST_COLUMN))

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else LAST_COLUMN + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            FILE: QCoreApplication.translate("ImportPreviewModel", "File"), STATUS: QCoreApplication.translate("ImportPreviewModel", "Status"), NAME: QCoreApplication.translate("ImportPreviewModel", "Name"), EMAIL: QCoreApplication.translate("ImportPreviewModel", "Email"),
            PHONE: QCoreApplication.translate("ImportPreviewModel", "Phone"), APPLIED: QCoreApplication.translate("ImportPreviewModel", "Applied on"), WARNINGS: QCoreApplication.translate("ImportPreviewModel", "Warnings"), DUPLICATE: QCoreApplication.translate("ImportPreviewModel", "If already known"),
        }
        return titles.get(section)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._rows[index.row()]
        if self._busy or row.state != READY:
            return base
        column = index.column()
        if column == FILE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if (column in EDITABLE_FIELDS or column == APPLIED) and row.include:
            return base | Qt.ItemFlag.ItemIsEditable
        if column == DUPLICATE and row.include and row.choice is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        preview = row.preview
        if role == WarningsRole:
            return row.warnings()
        if column == FILE:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.file
            if role == Qt.ItemDataRole.ToolTipRole:
                return str(row.path)
            if role == Qt.ItemDataRole.CheckStateRole and row.state in (READY, IMPORTING, DONE):
                return Qt.CheckState.Checked if row.include else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleDescriptionRole:
                return QCoreApplication.translate("ImportPreviewModel", "Included in the import") if row.include and row.state == READY else None
            return None
        if column == STATUS:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return status_text(row)
            if role == Qt.ItemDataRole.ForegroundRole and self._failed(row):
                return QBrush(_error_colour())
            return None
        if column in EDITABLE_FIELDS:
            return self._field_data(row, EDITABLE_FIELDS[column], role)
        if column == APPLIED:
            return self._date_data(row, role)
        if column == WARNINGS:
            warnings = row.warnings()
            if role == Qt.ItemDataRole.DisplayRole:
                if not warnings:
                    return ""
                if len(warnings) == 1:
                    return warnings[0]
                return QCoreApplication.translate("ImportPreviewModel", "({count}) {first}").format(count=len(warnings), first=warnings[0])
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join("• " + warning for warning in warnings) or None
            if role == Qt.ItemDataRole.ForegroundRole and self._failed(row):
                return QBrush(_error_colour())
            return None
        if column == DUPLICATE:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return choice_text(row.choice, duplicate_name(preview)) if row.state == READY else ""
            if role == Qt.ItemDataRole.EditRole:
                return row.choice
            if role == Qt.ItemDataRole.AccessibleTextRole and row.choice:
                return QCoreApplication.translate("ImportPreviewModel", "If {file} is already known: {choice}").format(file=row.file, choice=choice_text(row.choice, duplicate_name(preview)))
        return None

    def _date_data(self, row: ImportRow, role: int) -> Any:
        preview = row.preview
        if preview is None or not preview.ok or preview.applied_on is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return short_date(preview.applied_on)
        if role == Qt.ItemDataRole.EditRole:
            return QDate(preview.applied_on.year, preview.applied_on.month, preview.applied_on.day)
        if role == Qt.ItemDataRole.ToolTipRole:
            if preview.sender is not None:
                return QCoreApplication.translate("ImportPreviewModel", "The date of the e-mail; double-click to change it")
            return QCoreApplication.translate("ImportPreviewModel", "The date the file was last changed; double-click to change it")
        return None

    def _field_data(self, row: ImportRow, name: str, role: int) -> Any:
        preview = row.preview
        if preview is None or not preview.ok:
            return None
        value = getattr(preview, name)
        detected = getattr(preview.fields, name)
        corrected = value != detected.value
        from_file_name = name == "name" and name_from_file_name(preview)
        if role == Qt.ItemDataRole.DisplayRole and from_file_name:
            return QCoreApplication.translate("ImportPreviewModel", "{name} (from file name)").format(name=value)
        if role == Qt.ItemDataRole.FontRole and from_file_name:
            font = QFont()
            font.setItalic(True)
            return font
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value or ""
        if role == ConfidenceRole:
            return None if corrected or not value else detected.confidence
        if role == Qt.ItemDataRole.ToolTipRole:
            if from_file_name:
                return QCoreApplication.translate("ImportPreviewModel", "Taken from the file name")
            if corrected:
                return QCoreApplication.translate("ImportPreviewModel", "Corrected by you")
            if not value:
                return QCoreApplication.translate("ImportPreviewModel", "Not found in the file")
            if name == "name" and not detected.value:
                return QCoreApplication.translate("ImportPreviewModel", "Taken from the file name")
            return QCoreApplication.translate("ImportPreviewModel", "Detected with {percent} confidence").format(percent=_percent(detected.confidence))
        if role == Qt.ItemDataRole.BackgroundRole and value and not corrected and detected.confidence < LOW_CONFIDENCE:
            return QBrush(_WARNING_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and value and not corrected and detected.confidence < LOW_CONFIDENCE:
            return QBrush(QColor(Qt.GlobalColor.black))
        return None

    @staticmethod
    def _failed(row: ImportRow) -> bool:
        if row.result is not None:
            return row.result.status in ("failed", "cancelled")
        return row.state == UNREADABLE

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not (self.flags(index) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)):
            return False
        row = self._rows[index.row()]
        column = index.column()
        if column == FILE and role == Qt.ItemDataRole.CheckStateRole:
            row.include = Qt.CheckState(value) == Qt.CheckState.Checked
            self._row_changed(index.row())
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if column in EDITABLE_FIELDS:
            assert row.preview is not None
            text = " ".join(str(value or "").split())
            name = EDITABLE_FIELDS[column]
            if name == "phone" and text:
                text = phone_as_stored(row.preview, text)
            if name == "email":
                text = text.lower()
            setattr(row.preview, name, text[:200] or None)
            if name == "name" and name_from_file_name(row.preview):  # the recruiter named the file: the name is theirs now
                row.preview.file_notices = [notice for notice in row.preview.file_notices if notice.code != "name-from-filename"]
                row.doubts = [doubt for doubt in row.doubts if doubt.code != "name-from-file-name"]
            self._row_changed(index.row())
            return True
        if column == APPLIED:
            assert row.preview is not None
            chosen = value.toPython() if isinstance(value, QDate) else value
            if not isinstance(chosen, dt.date) or chosen > self._today():
                return False
            row.preview.applied_on = chosen
            self._row_changed(index.row())
            return True
        if column == DUPLICATE and value in CHOICES:
            row.choice = value
            self._row_changed(index.row())
            return True
        return False


class ImportResultModel(QAbstractTableModel):
    """The import's outcome: failures first (they need the recruiter), then duplicates, then
    the imported files, each group in file order."""

    FILE, RESULT, CANDIDATE, DETAILS = range(4)
    _ORDER = {"failed": 0, "cancelled": 1, "skipped": 2, "excluded": 2, "duplicate": 3, "imported": 4}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._results: list[ImportResult] = []

    def set_results(self, results: Sequence[ImportResult]) -> None:
        self.beginResetModel()
        self._results = sorted(results, key=lambda result: self._ORDER.get(result.status, 0))
        self.endResetModel()

    def result_at(self, row: int) -> ImportResult:
        return self._results[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            self.FILE: QCoreApplication.translate("ImportResultModel", "File"),
            self.RESULT: QCoreApplication.translate("ImportResultModel", "Result"),
            self.CANDIDATE: QCoreApplication.translate("ImportResultModel", "Candidate"),
            self.DETAILS: QCoreApplication.translate("ImportResultModel", "Reason or warnings"),
        }
        return titles.get(section)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._results):
            return None
        result = self._results[index.row()]
        column = index.column()
        failed = result.status in ("failed", "cancelled")
        if role == Qt.ItemDataRole.ForegroundRole and failed and column in (self.RESULT, self.DETAILS):
            return QBrush(_error_colour())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.FILE:
            return str(result.path) if role == Qt.ItemDataRole.ToolTipRole else result.file
        if column == self.RESULT:
            return result_text(result)
        if column == self.CANDIDATE:
            if result.candidate_id is None:
                return ""
            if not isinstance(result.candidate_id, int):  # a team candidate's id is no number anyone uses
                return result.name or ""
            return QCoreApplication.translate("ImportResultModel", "{name} (no. {id})").format(name=result.name or "", id=result.candidate_id)
        if column == self.DETAILS:
            lines = [result.failure.message()] if result.failure is not None else list(result.warnings)
            separator = "\n" if role == Qt.ItemDataRole.ToolTipRole else " · "
            return separator.join(lines)
        return None


def _error_colour() -> QColor:
    """A red that stays readable on the current palette's base colour (light or dark)."""
    app = QApplication.instance()
    base = app.palette().color(QPalette.ColorRole.Base) if isinstance(app, QApplication) else QColor(Qt.GlobalColor.white)
    return QColor(255, 138, 128) if base.lightness() < 128 else QColor(183, 28, 28)
