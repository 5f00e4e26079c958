"""Choosing a passphrase (or PIN): two masked fields and a sentence saying what is still wrong.

Shared by the first-run wizard's passphrase page and the set-passphrase dialog, so the rules
and their wording are the same everywhere. The rule itself (at least 6 characters) lives in the
core; this form only shows it before the user presses the button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from recruitdesk.gui.shell.styles import inline_error_label
from recruitdesk.services.unlock import MIN_PASSPHRASE_LENGTH


class PassphraseForm(QWidget):
    """Emits ``changed`` on every keystroke; :meth:`problem` says what keeps it from being usable."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("New passphrase or PIN"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("The same passphrase again"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase or PIN:"), self.passphrase_edit)
        form.addRow(self.tr("&Again:"), self.repeat_edit)
        self.rule_label = QLabel(self.tr(
            "At least {minimum} characters. A few words you remember are stronger than a PIN; "
            "a PIN of 6 digits or more is accepted.").format(minimum=MIN_PASSPHRASE_LENGTH))
        self.rule_label.setWordWrap(True)
        self.problem_label = inline_error_label()
        self.problem_label.setAccessibleName(self.tr("Passphrase problem"))
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.problem_label)
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.textChanged.connect(self._edited)

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def repeated(self) -> str:
        return self.repeat_edit.text()

    def problem(self) -> str:
        """What is still wrong, in words; empty when the two fields hold a usable passphrase."""
        if len(self.passphrase().strip()) < MIN_PASSPHRASE_LENGTH:
            return self.tr("Type at least {minimum} characters.").format(minimum=MIN_PASSPHRASE_LENGTH)
        if self.repeated() != self.passphrase():
            return self.tr("Type the same passphrase in both fields.")
        return ""

    def is_usable(self) -> bool:
        return not self.problem()

    def show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def clear(self) -> None:
        """Forget what was typed (after use, or when the dialog closes)."""
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.show_problem("")

    def _edited(self) -> None:
        # Say what is wrong only once the second field was started: no red text while typing the first.
        self.show_problem(self.problem() if self.repeated() else "")
        self.changed.emit()
