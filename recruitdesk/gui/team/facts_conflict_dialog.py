"""Retention facts saved by another member while this one edited them: both versions, the user decides.

"Keep mine" saves the user's facts over the server's version; "Take the server's" shows the
server's facts and countdown instead (the user saw both first); "Merge", offered when it differs
from both, saves the server's facts with the ones the user changed laid over them (a third column
shows the result first). Nothing is lost until they choose.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from recruitdesk import labels
from recruitdesk.dates import short_date
from recruitdesk.services.team_desk import FactsConflict, TeamFacts

KEEP_MINE, TAKE_THEIRS, MERGED = "mine", "theirs", "merged"


def fact_lines(facts: TeamFacts) -> list[tuple[str, str]]:
    """(label, shown value) for each fact the window edits."""
    hold = facts.legal_hold_reason or ""
    extension = (f"{short_date(facts.extended_until)}: {facts.extension_reason or ''}" if facts.extended_until else "")
    ended = short_date(facts.ended_on) if facts.ended_on else ""
    outcome = labels.label("outcome", facts.outcome) if facts.outcome else QCoreApplication.translate("CandidateFactsDialog",
                                                                                                      "No procedure")
    return [
        (QCoreApplication.translate("FactsConflictDialog", "Source"), labels.label("source", facts.source)),
        (QCoreApplication.translate("FactsConflictDialog", "Applied on"), short_date(facts.applied_on) if facts.applied_on else ""),
        (QCoreApplication.translate("FactsConflictDialog", "Outcome"), f"{outcome} {ended}".strip()),
        (QCoreApplication.translate("FactsConflictDialog", "Legal hold"), hold),
        (QCoreApplication.translate("FactsConflictDialog", "Extended until"), extension),
    ]


class FactsConflictDialog(QDialog):
    def __init__(self, conflict: FactsConflict, parent: QWidget | None = None, merged: TeamFacts | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        offers_merge = merged is not None and merged not in (conflict.mine, conflict.theirs)
        self.choice: str | None = None
        self.setWindowTitle(QCoreApplication.translate("ConflictDialog", "Another member saved this candidate"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("While you were editing the retention facts, another member saved this candidate "
                               "(version {theirs}; you started from version {mine}). Both versions are shown: "
                               "choose which to keep.").format(theirs=conflict.their_version, mine=conflict.my_version), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.addWidget(QLabel(QCoreApplication.translate("ConflictDialog", "Your version"), self), 0, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("ConflictDialog", "On the server (version {version})").format(
            version=conflict.their_version), self), 0, 2)
        if offers_merge:
            grid.addWidget(QLabel(self.tr("Merged (your changes over theirs)"), self), 0, 3)
        self.mine_fields: dict[str, QLineEdit] = {}
        self.their_fields: dict[str, QLineEdit] = {}
        self.merged_fields: dict[str, QLineEdit] = {}
        merged_lines = fact_lines(merged) if merged is not None and offers_merge else []
        for row, ((name, mine), (_name, theirs)) in enumerate(zip(fact_lines(conflict.mine), fact_lines(conflict.theirs), strict=True), start=1):
            grid.addWidget(QLabel(name, self), row, 0)
            columns = [(mine, self.mine_fields), (theirs, self.their_fields)]
            if merged_lines:
                columns.append((merged_lines[row - 1][1], self.merged_fields))
            for column, (value, shown) in enumerate(columns, start=1):
                editor = QLineEdit(value, self)
                editor.setReadOnly(True)
                if mine != theirs:
                    font = editor.font()
                    font.setBold(True)
                    editor.setFont(font)
                shown[name] = editor
                grid.addWidget(editor, row, column)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        self.keep_mine_button = QPushButton(QCoreApplication.translate("ConflictDialog", "Keep mine"), self)
        self.take_theirs_button = QPushButton(QCoreApplication.translate("ConflictDialog", "Take the server's"), self)
        self.keep_mine_button.clicked.connect(lambda: self._decide(KEEP_MINE))
        self.take_theirs_button.clicked.connect(lambda: self._decide(TAKE_THEIRS))
        self.merge_button = QPushButton(QCoreApplication.translate("ConflictDialog", "Save the merged version"), self)
        self.merge_button.clicked.connect(lambda: self._decide(MERGED))
        self.merge_button.setVisible(offers_merge)
        buttons.addWidget(self.keep_mine_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.take_theirs_button)
        layout.addLayout(buttons)

    def _decide(self, choice: str) -> None:
        self.choice = choice
        self.accept()
