"""Status texts fit in Dutch and French (issue 21: "Vervalt binne...", "Aucune échéa..."): the
table, rendered in each language, shows every Status and Source text and every header whole,
even after a layout saved in English left the columns narrow."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from recruitdesk import i18n
from recruitdesk.gui.candidates.table_model import CONSENT, SOURCE, STATUS
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.gui.shell.translation import install_language, remove_translators
from recruitdesk.services.candidates import CandidateRow

TODAY = dt.date(2026, 3, 2)


def _rows() -> list[CandidateRow]:
    """One row of every status, restricted or not, and every source."""
    dues = [TODAY - dt.timedelta(days=3), TODAY + dt.timedelta(days=5), TODAY + dt.timedelta(days=200), None]
    sources = ["application", "job_site", "referral", "sourced", "outplacement"]
    rows = []
    for number in range(16):
        rows.append(CandidateRow(number + 1, f"Kandidaat {number}", None, sources[number % len(sources)], None,
                                 dues[number % len(dues)], False, restricted=number >= 8))
    return rows


def elided(window: MainWindow) -> list[str]:
    table, model = window.ui.candidateTable, window.model
    header = table.horizontalHeader()
    problems = []
    for column in range(model.columnCount() - 1):  # the last column stretches
        room = header.sectionSize(column)
        title = model.headerData(column, Qt.Orientation.Horizontal)
        if header.fontMetrics().horizontalAdvance(title) + 8 > room:
            problems.append(f"header {title!r}: {room}px")
        if column not in (SOURCE, STATUS):
            continue
        for row in range(model.rowCount()):
            index = model.index(row, column)
            font = model.data(index, Qt.ItemDataRole.FontRole) or QFont(table.font())
            text = index.data()
            if QFontMetrics(font).horizontalAdvance(text) > room - 8:
                problems.append(f"{text!r}: needs {QFontMetrics(font).horizontalAdvance(text)}px, has {room - 8}")
    return problems


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_no_status_text_is_cut_off(qtbot, qapp, language):
    _language, translators = install_language(qapp, language)
    try:
        window = MainWindow(lambda: TODAY)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.model.set_retention_context({4}, 14)  # candidate 4 on legal hold
        window.model.set_rows(_rows())
        shown = {window.model.index(row, STATUS).data() for row in range(window.model.rowCount())}
        assert len(shown) >= 6  # overdue, due soon, running, on hold, restricted, "…, restricted"
        assert elided(window) == []

        header = window.ui.candidateTable.horizontalHeader()
        for column in (SOURCE, STATUS, CONSENT - 1):  # a layout saved in English, or dragged narrow
            header.resizeSection(column, 80)
        window.model.set_rows(_rows())  # the next reload widens them again
        assert elided(window) == []
    finally:
        remove_translators(qapp, translators)
        i18n.set_language("en")


def test_the_check_sees_a_cut_off_status(qtbot, qapp):
    _language, translators = install_language(qapp, "fr")
    try:
        window = MainWindow(lambda: TODAY)
        qtbot.addWidget(window)
        window.show()
        window.model.set_rows(_rows())
        window.ui.candidateTable.horizontalHeader().resizeSection(STATUS, 80)
        assert any("Échéance" in problem for problem in elided(window))
    finally:
        remove_translators(qapp, translators)
        i18n.set_language("en")


