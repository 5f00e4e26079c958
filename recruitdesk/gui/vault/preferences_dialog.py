"""Preferences of this computer (not of the vault): for now, the language of the window.

Stored through ``recruitdesk.preferences`` (a small JSON file outside the vault, because the
language is needed before unlocking), so the dialog works while the vault is locked. A new
language takes effect the next time RecruitDesk starts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from recruitdesk import preferences

# Each language is named in itself, as language pickers do, so nobody is lost in a foreign one.
LANGUAGE_NAMES = (("en", "English"), ("nl", "Nederlands"), ("fr", "Français"))


class PreferencesDialog(QDialog):
    """Emits ``accepted`` after saving; :attr:`changed` says whether the language changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.tr("Preferences"))
        self.changed = False
        self.language_box = QComboBox(self)
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.addItem(self.tr("Automatic (system language)"), None)
        for code, name in LANGUAGE_NAMES:
            self.language_box.addItem(name, code)
        self._initial = preferences.language()
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(self._initial)))
        note = QLabel(self.tr("A new language takes effect the next time you start RecruitDesk."), self)
        note.setWordWrap(True)
        self.note = note
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @property
    def chosen_language(self) -> str | None:
        return self.language_box.currentData()

    def accept(self) -> None:
        chosen = self.chosen_language
        self.changed = chosen != self._initial
        if self.changed:
            preferences.set_language(chosen)
        super().accept()
