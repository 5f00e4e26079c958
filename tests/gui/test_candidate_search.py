"""Search as you type: the toolbar field filters the table to the FTS5 matches (names, emails,
CV text), in the model; clearing shows every row; erased candidates never match."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from recruitdesk.gui.candidates.table_model import NAME, CandidateTableModel
from recruitdesk.gui.candidates.search import SEARCH_DELAY_MS
from recruitdesk.gui.shell.main_window import MainWindow
from recruitdesk.services.candidate_search import search_candidates
from recruitdesk.services.candidates import add_candidate, candidate_rows
from recruitdesk.services.documents import attach_document
from recruitdesk.services.erasure import erase_candidates

CV = "Marieke Zonneveld, warmtepompinstallateur en projectleidster duurzame renovaties."


def _add_with_cv(vault, name: str, email: str, cv: str) -> int:
    with vault.session() as session, session.begin():
        candidate = add_candidate(session, vault.candidate_keys, vault.clock, name, email=email)
        attach_document(session, vault.candidate_keys, vault.clock, candidate, "cv.txt", "text/plain", cv.encode(), cv)
        return candidate.id


def _window(qtbot, clock, vault) -> MainWindow:
    window = MainWindow(clock.today)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.rows_loaded, timeout=20000):
        window.show_vault(vault)
    return window


def _type(qtbot, window: MainWindow, text: str) -> int:
    """Type into the search field; fire the debounce timer at once and wait for the result."""
    window.search.field.setText(text)
    assert window.search.timer.isActive() and window.search.timer.interval() == SEARCH_DELAY_MS
    with qtbot.waitSignal(window.search.applied, timeout=20000) as blocker:
        window.search.timer.timeout.emit()
    return blocker.args[0]


def _names(window: MainWindow) -> list[str]:
    return [window.model.index(row, NAME).data() for row in range(window.model.rowCount())]


def test_search_service_finds_cv_words_and_forgets_erased(demo_vault):
    vault, _key = demo_vault
    kept = _add_with_cv(vault, "Marieke Zonneveld", "marieke@example.nl", CV)
    erased = _add_with_cv(vault, "Pieter Warmond", "pieter@example.nl", "Ervaren warmtepompmonteur.")
    assert set(search_candidates(vault, "warmtepomp")) == {kept, erased}
    erase_candidates(vault, [erased], "manual")
    assert search_candidates(vault, "warmtepomp") == [kept]
    assert search_candidates(vault, "   ") == []


def test_typing_part_of_a_cv_word_filters_the_table(qtbot, qtmodeltester, clock, demo_vault):
    vault, _key = demo_vault
    kept = _add_with_cv(vault, "Marieke Zonneveld", "marieke@example.nl", CV)
    erased = _add_with_cv(vault, "Pieter Warmond", "pieter@example.nl", "Ervaren warmtepompmonteur.")
    erase_candidates(vault, [erased], "manual")
    window = _window(qtbot, clock, vault)
    total = len(candidate_rows(vault))
    assert window.model.rowCount() == total == 51
    qtmodeltester.check(window.model)

    assert _type(qtbot, window, "projectleid") == 1  # part of a word only in the CV
    assert _names(window) == ["Marieke Zonneveld"]
    assert window.model.row_at(0).id == kept
    assert window.count_label.text() == f"1 of {total} candidates"
    qtmodeltester.check(window.model)

    assert _type(qtbot, window, "warmtepomp") == 1  # the erased candidate's CV word never matches
    assert _names(window) == ["Marieke Zonneveld"]

    assert _type(qtbot, window, "zzzqqq") == 0
    assert window.count_label.text() == f"0 of {total} candidates"

    with qtbot.waitSignal(window.search.applied, timeout=20000) as blocker:
        window.search.field.setFocus()
        qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    assert blocker.args[0] == total
    assert window.search.field.text() == ""
    assert window.model.rowCount() == total and not window.model.is_filtered
    assert window.count_label.text() == f"Candidates: {total}"
    assert _names(window) == sorted(_names(window), key=str.casefold)
    qtmodeltester.check(window.model)


def test_filtering_keeps_the_sort_order_and_sorting_works_while_filtered(qtbot, qtmodeltester, clock, demo_vault):
    vault, _key = demo_vault
    window = _window(qtbot, clock, vault)
    window.ui.candidateTable.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    everyone = {row.name: row.id for row in candidate_rows(vault)}
    some = [everyone[name] for name in sorted(everyone)[:10]]
    window.model.set_filter(some)
    qtmodeltester.check(window.model)
    shown = _names(window)
    assert len(shown) == 10 and shown == sorted(shown, key=str.casefold, reverse=True)
    window.ui.candidateTable.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    assert _names(window) == sorted(shown, key=str.casefold)
    qtmodeltester.check(window.model)
    window.model.set_filter(None)
    assert window.model.rowCount() == 50
    assert _names(window) == sorted(_names(window), key=str.casefold)


def test_model_filter_on_its_own(qtmodeltester, clock, demo_vault):
    vault, _key = demo_vault
    model = CandidateTableModel(clock.today)
    model.set_rows(candidate_rows(vault))
    qtmodeltester.check(model)
    model.set_filter([])
    assert model.rowCount() == 0 and model.total_count == 50
    qtmodeltester.check(model)
    model.clear()
    assert not model.is_filtered and model.total_count == 0


def test_ctrl_f_focuses_the_search_field_and_lock_forgets_the_search(qtbot, clock, demo_vault):
    vault, _key = demo_vault
    window = _window(qtbot, clock, vault)
    assert window.search.field.accessibleName() == "Search candidates"
    assert window.search.shortcut.key() == QKeySequence(QKeySequence.StandardKey.Find)
    window.ui.candidateTable.setFocus()
    window.search.shortcut.activated.emit()
    assert window.search.field.hasFocus() or window.focusWidget() is window.search.field
    _type(qtbot, window, "a")
    window.show_locked()
    assert window.search.field.text() == "" and not window.search.field.isEnabled()
    assert not window.model.is_filtered and window.model.rowCount() == 0
    assert window.count_label.text() == ""
