"""What the sources of a team candidate's records dialogs share: the open team's desk and its write rule.

Documents…, Consents…, Record a contact… and the Screening notes read and write a team candidate's
records through the window's ``TeamDesk`` (``documents_source``, ``consents_source``, ``contacts_source``,
``notes_source``). Each says
the same three things about it: the desk (so a team window knows whose dialog it is), whether this
member may write (a DPO may not; the server refuses a DPO's write anyway) and, when not, the
sentence the dialog shows why, in that dialog's own words (``_read_only_words``).
"""

from __future__ import annotations

from recruitdesk.services.team_desk import TeamDesk


class TeamDeskSource:
    def __init__(self, desk: TeamDesk) -> None:
        self._desk = desk

    @property
    def desk(self) -> TeamDesk:
        return self._desk

    @property
    def writable(self) -> bool:
        return self._desk.may_write

    @property
    def read_only_reason(self) -> str:
        """Empty for a member who may write."""
        return "" if self.writable else self._read_only_words()

    def _read_only_words(self) -> str:
        """Why this member may not write, as the dialog shows it (a dialog that words it itself: none)."""
        return ""
