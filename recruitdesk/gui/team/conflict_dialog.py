"""A save that met a colleague's newer version: both versions side by side, and the user decides.

"Keep mine" saves the user's fields over the server's version; "Take the server's" drops the
user's edit (after they saw it); "Merge" opens a third column, started from the user's text, to
edit and save; the merged fields are checked by the same rules as a save in the dock, and a
refused one is said under the form, which stays open. Until the user picks, both versions stay on
screen: nothing is lost. The server's CV text is always kept (the team window does not edit it).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from recruitdesk.errors import RecruitDeskError
from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.gui.team.fields_form import EDITABLE, FieldsForm, field_labels
from recruitdesk.services import team_detail
from recruitdesk.services.team_desk import PersonalFields, SaveConflict

KEEP_MINE, TAKE_THEIRS, MERGED = "mine", "theirs", "merged"


class ConflictDialog(QDialog):
    def __init__(self, conflict: SaveConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.choice: str | None = None
        self.chosen: PersonalFields | None = None
        self.setWindowTitle(self.tr("Another member saved this candidate"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("While you were editing, another member saved a newer version of this candidate "
                               "(version {theirs}; you started from version {mine}). Both versions are shown: "
                               "choose which to keep, or merge them.").format(theirs=conflict.server_version,
                                                                              mine=conflict.my_version), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(self._comparison())
        self.merge_form = FieldsForm(self)
        self.merge_form.show_fields(conflict.mine)
        self.merge_form.setVisible(False)
        self.merge_title = QLabel(self.tr("Merged version (edit, then save):"), self)
        self.merge_title.setVisible(False)
        layout.addWidget(self.merge_title)
        layout.addWidget(self.merge_form)
        self.merge_error = inline_error_label(self)
        self.merge_error.setAccessibleName(self.tr("Merged version: error"))
        layout.addWidget(self.merge_error)
        layout.addLayout(self._buttons())

    def _comparison(self) -> QGridLayout:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Your version"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("On the server (version {version})").format(version=self.conflict.server_version), self), 0, 2)
        labels = field_labels()
        self.mine_fields: dict[str, QLineEdit] = {}
        self.their_fields: dict[str, QLineEdit] = {}
        for row, name in enumerate(EDITABLE, start=1):
            grid.addWidget(QLabel(labels[name], self), row, 0)
            for column, (personal, shown) in enumerate(((self.conflict.mine, self.mine_fields),
                                                        (self.conflict.theirs.personal, self.their_fields)), start=1):
                editor = QLineEdit(getattr(personal, name) or "", self)
                editor.setReadOnly(True)
                shown[name] = editor
                grid.addWidget(editor, row, column)
            differs = getattr(self.conflict.mine, name) != getattr(self.conflict.theirs.personal, name)
            if differs:
                for shown in (self.mine_fields, self.their_fields):
                    font = shown[name].font()
                    font.setBold(True)
                    shown[name].setFont(font)
        return grid

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.keep_mine_button = QPushButton(self.tr("Keep mine"), self)
        self.take_theirs_button = QPushButton(self.tr("Take the server's"), self)
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.save_merged_button = QPushButton(self.tr("Save the merged version"), self)
        self.save_merged_button.setVisible(False)
        self.keep_mine_button.clicked.connect(lambda: self._decide(KEEP_MINE, self.conflict.mine))
        self.take_theirs_button.clicked.connect(lambda: self._decide(TAKE_THEIRS, self.conflict.theirs.personal))
        self.merge_button.clicked.connect(self._start_merge)
        self.save_merged_button.clicked.connect(self._save_merged)
        for button in (self.keep_mine_button, self.take_theirs_button, self.merge_button, self.save_merged_button):
            row.addWidget(button)
        return row

    def _start_merge(self) -> None:
        self.merge_title.setVisible(True)
        self.merge_form.setVisible(True)
        self.save_merged_button.setVisible(True)
        self.merge_button.setEnabled(False)
        self.merge_form.editors["full_name"].setFocus()

    def _save_merged(self) -> None:
        typed = self.merge_form.fields_over(self.conflict.mine)
        try:
            merged = team_detail.checked_fields(typed, typed.full_name, typed.email or "", typed.phone or "", typed.city or "",
                                                typed.linkedin or "")
        except RecruitDeskError as problem:
            self.merge_error.setText(problem.message())
            self.merge_error.show()
            return
        self._decide(MERGED, merged)

    def _decide(self, choice: str, personal: PersonalFields) -> None:
        self.choice = choice
        # whatever the user picks for the fields the window edits, the server's CV text stays
        self.chosen = FieldsForm.keep_cv_text(personal, self.conflict.theirs.personal)
        self.accept()
