"""Writing tables into an openpyxl workbook the way a recruiter and a spreadsheet expect.

Dates become real Excel dates (a number with a date format, so they sort and filter), text that
starts with "=" stays text (a name like "=HYPERLINK(...)" must not become a formula: CSV/formula
injection), and characters Excel cannot store are dropped instead of failing the export.

openpyxl (with numpy, lxml and Pillow behind it) is imported when a workbook is made, not with
this module: the window imports the export and audit services at start, and loading openpyxl
there cost about a fifth of the imports before the first paint.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING, Iterable, Sequence

from recruitdesk.i18n import translate

if TYPE_CHECKING:
    from openpyxl import Workbook

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MAX_WIDTH = 80
FORBIDDEN_IN_TITLES = str.maketrans({c: " " for c in "[]:*?/\\"})


def new_workbook() -> Workbook:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    return workbook


def sheet_title(text: str) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\."""
    return text.translate(FORBIDDEN_IN_TITLES).strip()[:31] or "Sheet"


def yes_no(value: bool) -> str:
    return translate("export", "Yes") if value else translate("export", "No")


def _put(sheet, row: int, column: int, value: object) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment

    if isinstance(value, bool):
        value = yes_no(value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = sheet.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    if isinstance(value, dt.datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    if isinstance(value, str) and ("\n" in value or len(value) > MAX_WIDTH):
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def _width(value: object) -> int:
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    text = "" if value is None else str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def _fit_columns(sheet, rows: Iterable[Sequence[object]]) -> None:
    from openpyxl.utils import get_column_letter

    widths: dict[int, int] = {}
    for row in rows:
        for index, value in enumerate(row, start=1):
            widths[index] = max(widths.get(index, 0), _width(value))
    for index, width in widths.items():
        sheet.column_dimensions[get_column_letter(index)].width = min(MAX_WIDTH, max(10, width + 2))


def add_table(workbook: Workbook, title: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A sheet with one bold, frozen header row and one row per record."""
    from openpyxl.styles import Font

    sheet = workbook.create_sheet(sheet_title(title))
    for column, header in enumerate(headers, start=1):
        _put(sheet, 1, column, header)
        sheet.cell(row=1, column=column).font = Font(bold=True)
    for row_index, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            _put(sheet, row_index, column, value)
    sheet.freeze_panes = "A2"
    _fit_columns(sheet, [headers, *rows])


def add_fields(workbook: Workbook, title: str, pairs: Sequence[tuple[str, object]]) -> None:
    """A two-column sheet (field, value) for one record such as the profile."""
    add_table(workbook, title, [translate("export", "Field"), translate("export", "Value")], [list(pair) for pair in pairs])


def to_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
