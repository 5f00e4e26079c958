"""Text fields checked as a user leaves them, the problem said under each field.

A field is checked when the user leaves it (not while typing: no nagging), and once its problem is
shown, checked again at every key so the words go as soon as the text is right. ``problems`` checks
every field now, for a Save. Used by the dialogs that edit a firm profile (a local vault's retention
settings, a team's firm profile), with the core's own checks (``services.firm_settings``).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QLabel, QLineEdit

from recruitdesk import errors

Check = Callable[[str], object]  # raises a RecruitDeskError naming what is wrong


class FieldChecks:
    def __init__(self, checks: dict[QLineEdit, tuple[Check, QLabel]]) -> None:
        self._checks = checks
        for edit in checks:
            edit.editingFinished.connect(lambda edit=edit: self.check(edit))
            edit.textChanged.connect(lambda _text, edit=edit: self._recheck(edit))

    @property
    def edits(self) -> list[QLineEdit]:
        return list(self._checks)

    def check(self, edit: QLineEdit) -> bool:
        """Show or hide the problem with one field; True when it is valid."""
        check, error_label = self._checks[edit]
        try:
            check(edit.text())
        except errors.RecruitDeskError as problem:
            error_label.setText(problem.message())
            error_label.show()
            return False
        error_label.hide()
        return True

    def _recheck(self, edit: QLineEdit) -> None:
        if not self._checks[edit][1].isHidden():
            self.check(edit)

    def problems(self) -> list[str]:
        """The problems shown under the fields (checking every field now)."""
        return [self._checks[edit][1].text() for edit in self._checks if not self.check(edit)]
