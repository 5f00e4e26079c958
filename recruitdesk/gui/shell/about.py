"""Help > About: the version, what RecruitDesk protects against, and the bundled licences."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from recruitdesk import __version__
from recruitdesk.gui.shell.feature import Feature


class AboutFeature(Feature):
    """The About box behind Help > About (works while the vault is locked)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.about_box: QMessageBox | None = None
        window.ui.actionAbout.triggered.connect(self.show_about)

    def about_text(self) -> str:
        return self.tr(
            "<h3>RecruitDesk {version}</h3>"
            "<p>An offline, encrypted candidate vault with GDPR retention countdowns.</p>"
            "<p>Everything you store is kept in one encrypted database on this computer. It is "
            "opened with a key kept in your system keychain, so you never type a password here, "
            "or with the recovery key you saved when the vault was created. A stolen laptop, a "
            "copied disk or a backup shows only scrambled data. RecruitDesk locks itself after a "
            "few idle minutes. It cannot protect you from malicious software running under your "
            "own account.</p>"
        ).format(version=__version__) + self._integrity_text()

    def _integrity_text(self) -> str:
        """The open vault's page check (Vault info), e.g. still running for a large vault."""
        vault = self.vault
        if vault is None or not vault.is_open:
            return ""
        return "<p>" + self.tr("Vault integrity: {state}").format(state=html.escape(vault.integrity.result.describe())) + "</p>"

    def licences_text(self) -> str:
        """Plain text for the about box's details: every bundled component and its licence."""
        from recruitdesk import licences

        lines = [self.tr("RecruitDesk is free software under the GPL-3.0-or-later licence."), "",
                 self.tr("Components bundled with RecruitDesk and their licences:")]
        for component in licences.components():
            if component.part_of:
                line = self.tr("{name} (inside {part_of}): {licence}")
            else:
                line = self.tr("{name} {version}: {licence}")
            lines.append("• " + line.format(name=component.name, version=component.version,
                                            part_of=component.part_of, licence=component.licence))
        return "\n".join(lines)

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About RecruitDesk"), self.about_text(),
                          QMessageBox.StandardButton.Close, self.window)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setDetailedText(self.licences_text())  # a scrollable text behind "Show Details..."
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(self.tr("About RecruitDesk"))
        self.about_box = box
        box.open()


def install(window: QMainWindow) -> AboutFeature:
    return AboutFeature(window)
