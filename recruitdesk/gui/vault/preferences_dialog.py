"""Preferences of this computer (not of the vault): the language of the window, and whether
RecruitDesk starts in the notification area at login (``recruitdesk.autostart``) so retention
alerts come even when nobody opens the window.

Stored through ``recruitdesk.preferences`` (a small JSON file outside the vault, because the
language is needed before unlocking), so the dialog works while the vault is locked. A new
language takes effect the next time RecruitDesk starts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from recruitdesk import preferences
from recruitdesk.autostart import Autostart
from recruitdesk.gui.shell.styles import inline_error_label

# Each language is named in itself, as language pickers do, so nobody is lost in a foreign one.
LANGUAGE_NAMES = (("en", "English"), ("nl", "Nederlands"), ("fr", "Français"))


class PreferencesDialog(QDialog):
    """Emits ``accepted`` after saving; :attr:`changed` says whether the language changed."""

    def __init__(self, parent: QWidget | None = None, login_item: Autostart | None = None) -> None:
        super().__init__(parent)
        self._login_item = login_item or Autostart.for_this_system()
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
        self.autostart_box = QCheckBox(self.tr("&Start RecruitDesk in the notification area when I log in"), self)
        self.autostart_box.setAccessibleName(self.tr("Start in the notification area at login"))
        self.autostart_box.setToolTip(self.tr(
            "Checks the retention deadlines at login and once a day, and warns you in the notification area, "
            "even when the window is closed. The vault stays locked until you open the window."))
        self._autostart_initial = self._login_item.is_installed()
        self.autostart_box.setChecked(self._autostart_initial)
        self.error_label = inline_error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.autostart_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    @property
    def chosen_language(self) -> str | None:
        return self.language_box.currentData()

    def accept(self) -> None:
        wanted = self.autostart_box.isChecked()
        if wanted != self._autostart_initial:
            try:
                self._login_item.set_enabled(wanted)
            except OSError:
                self.error_label.setText(self.tr(
                    "RecruitDesk could not change what starts when you log in. Check that your user folder "
                    "(or, on Windows, your registry) may be written to, then try again."))
                self.error_label.show()
                return
            self._autostart_initial = wanted
        chosen = self.chosen_language
        self.changed = chosen != self._initial
        if self.changed:
            preferences.set_language(chosen)
        super().accept()
