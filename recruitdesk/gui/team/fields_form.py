"""The candidate's editable fields as one form: the conflict dialog's merge column (``conflict_dialog``).

The CV text is not edited in the team's panel: a save keeps the text the server holds.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from recruitdesk.services.team_desk import PersonalFields

EDITABLE = ("full_name", "email", "phone", "city", "linkedin")


def field_labels() -> dict[str, str]:
    """The words for each editable field, in the current language."""
    return {"full_name": QCoreApplication.translate("TeamFields", "Name"),
            "email": QCoreApplication.translate("TeamFields", "E-mail"),
            "phone": QCoreApplication.translate("TeamFields", "Phone"),
            "city": QCoreApplication.translate("TeamFields", "City"),
            "linkedin": QCoreApplication.translate("TeamFields", "LinkedIn")}


class FieldsForm(QWidget):
    LIMITS = {"full_name": 200, "email": 320, "phone": 40, "city": 120, "linkedin": 300}  # the local vault's columns

    def __init__(self, parent: QWidget | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        labels = field_labels()
        self.editors: dict[str, QLineEdit] = {}
        for name in EDITABLE:
            editor = QLineEdit(self)
            editor.setMaxLength(self.LIMITS[name])
            editor.setReadOnly(read_only)
            editor.setAccessibleName(labels[name])
            self.editors[name] = editor
            layout.addRow(labels[name], editor)

    def show_fields(self, personal: PersonalFields) -> None:
        for name, editor in self.editors.items():
            editor.setText(getattr(personal, name) or "")

    def fields_over(self, base: PersonalFields) -> PersonalFields:
        """``base`` with the form's editable fields (empty ones stored as none; the name as typed)."""
        values = {name: editor.text().strip() or None for name, editor in self.editors.items()}
        values["full_name"] = values["full_name"] or ""
        return replace(base, **values)

    @staticmethod
    def keep_cv_text(chosen: PersonalFields, server: PersonalFields) -> PersonalFields:
        return replace(chosen, cv_text=server.cv_text)

    def name_given(self) -> bool:
        return bool(self.editors["full_name"].text().strip())
