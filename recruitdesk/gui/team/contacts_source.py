"""The Record a contact… dialog's source while a team is shown in the window (``gui.candidates.contacts_source``).

Contacts are read and recorded through the open team (``services.team_contacts``): the history
lists every member's contacts with the candidate, a rejection letter marked sent included; a new
contact is recorded on the database worker, and the candidate's last contact and countdown move in
the same transaction on the server. A DPO reads the history and records nothing (the reason is shown
above the disabled controls); the server refuses a DPO's write anyway (``team.server_roles``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team.desk_source import TeamDeskSource
from recruitdesk.services.team_contacts import TeamContacts
from recruitdesk.services.team_desk import TeamDesk


class TeamContactsSource(TeamDeskSource):
    def __init__(self, desk: TeamDesk) -> None:
        super().__init__(desk)
        self._contacts = TeamContacts(desk)

    def _read_only_words(self) -> str:
        return QCoreApplication.translate(
            "TeamContacts", "As data protection officer you see the contacts with the candidate; recruiters and administrators "
                            "record them.")

    def read_task(self, candidate_id: object) -> Task:
        return Task(self._contacts.history, candidate_id)

    def record_task(self, candidate_id: object, on: dt.date, kind: str, channel: str) -> Task:
        return WriteTask(self._contacts.record, candidate_id, on, kind, channel)
