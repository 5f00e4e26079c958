"""Candidate > Consents…: every consent of the candidate, of every purpose, in either kind of vault.

The dialog reads and withdraws through a source (``consents_source.ConsentsSource``: a local vault's
or a team's) and never asks which backend it is on. It lists each consent (purpose, given on,
channel, text version, evidence, withdrawn on) read on a worker; "Record consent…" opens the shared
consent dialog (``consent_dialog.ConsentDialog``) on the source's consent source, with a purpose to
choose (the recruitment reserve, sharing with clients, sharing with affiliated companies) and an
optional evidence file; "Withdraw" withdraws the selected running consent today in one click
(Art. 7(3)), on the database worker. Both move the countdown at once. When the source says the list
went stale (a team colleague's change meanwhile, a consent already withdrawn) the sentence is shown
and the list is read again. A source that may not write (a team's DPO) gives the list only. The list,
its labels and the running of the source's tasks are a candidate's records dialog's (``records_dialog``).
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QTreeWidgetItem, QWidget

from recruitdesk.dates import short_date
from recruitdesk.gui.candidates.consent_dialog import ConsentDialog
from recruitdesk.gui.candidates.consents_source import ConsentLine, ConsentsSource
from recruitdesk.gui.candidates.records_dialog import RecordsDialog

PURPOSE, GIVEN, CHANNEL, VERSION, EVIDENCE, WITHDRAWN = range(6)


class ConsentsDialog(RecordsDialog[ConsentLine]):
    recording_opened = Signal(object)  # the ConsentDialog
    changed = Signal(object)  # what the source's write finished with, after a consent was recorded or withdrawn
    source: ConsentsSource

    def __init__(self, source: ConsentsSource, candidate_id: object, name: str, today: Callable[[], dt.date],
                 parent: QWidget | None = None) -> None:
        super().__init__(source, candidate_id, name, parent)
        self._today = today
        self._name_list(self.tr("Consents of {name}").format(name=name), self.tr("Consents"),
                        [self.tr("Purpose"), self.tr("Given on"), self.tr("Channel"), self.tr("Text version"),
                         self.tr("Evidence"), self.tr("Withdrawn on")])
        for column, width in enumerate((200, 100, 100, 110, 70)):  # the last column (withdrawn on) takes the rest
            self.list.setColumnWidth(column, width)
        self.empty_label.setText(self.tr("No consents recorded."))
        self.read_only_label.setText(self.tr("Your role may read the consents, not record or withdraw them."))
        self.record_button = QPushButton(self.tr("&Record consent…"), self)
        self.withdraw_button = QPushButton(self.tr("&Withdraw"), self)
        self.record_button.clicked.connect(self.record)
        self.withdraw_button.clicked.connect(self.withdraw)
        for button in (self.record_button, self.withdraw_button):
            button.setVisible(self.writable)
        self._lay_out((self.record_button, self.withdraw_button), (), 720, 360)

    # --- the list ----------------------------------------------------------------------------
    def _item(self, line: ConsentLine) -> QTreeWidgetItem:
        item = QTreeWidgetItem([line.purpose_text(), short_date(line.given_on), line.channel_text(), line.wording_version or "",
                                self.tr("Yes") if line.has_evidence else "", short_date(line.withdrawn_on) if line.withdrawn_on else ""])
        if line.wording:
            item.setToolTip(PURPOSE, line.wording)
        return item

    def _key(self, line: ConsentLine) -> object:
        return line.consent_id

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.record_button.setEnabled(self.writable and not self.busy)
        self.withdraw_button.setEnabled(self.writable and chosen is not None and chosen.running and not self.busy)

    # --- recording and withdrawing ---------------------------------------------------------
    def record(self) -> ConsentDialog | None:
        if not self.writable:
            return None
        dialog = ConsentDialog(self.source.consent_source, self.candidate_id, self.name, self._today(), self)
        dialog.saved.connect(self._recorded)
        dialog.finished.connect(lambda _result, dialog=dialog: self._record_closed(dialog))
        dialog.open()
        self.recording_opened.emit(dialog)
        return dialog

    def _record_closed(self, dialog: ConsentDialog) -> None:
        dialog.deleteLater()

    def _recorded(self, view: object) -> None:
        self.message_label.setText(self.tr("The consent was recorded."))
        self.message_label.show()
        self.error_label.hide()
        self.changed.emit(view)
        self.reload()

    def withdraw(self) -> None:
        line = self.selected()
        if line is None or not line.running or self.busy or not self.writable:
            return
        self._clear_messages()
        self._run(self.source.withdraw_task(line), lambda view: self._withdrawn(line, view))

    def _withdrawn(self, line: ConsentLine, view: object) -> None:
        self.message_label.setText(self.tr("The consent for \"{purpose}\" was withdrawn today.").format(purpose=line.purpose_text()))
        self.message_label.show()
        self.changed.emit(view)
        self.reload()
