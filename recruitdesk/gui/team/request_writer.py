"""A team's requests, written for the shared request dialogs (``gui.requests.dialogs.RequestWriter``).

The team's rules stay in ``services.team_register``: the completion is guarded by the version the
register read (a colleague's change meanwhile is refused, ``TeamRequestChanged``), the identity check
must be recorded, an extension carries its reasons and must end one or two months after the first,
an erasure erases the candidate for every member, and erasure and objection put the person on the
suppression list. This passes the dialogs' answers on (an extension's months as the service's date),
registers a request about a person who is not a candidate, dates a completion as the user says, and
says in the team's words what completing will do, naming the candidate or the person.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from uuid import UUID

from PySide6.QtCore import QCoreApplication

from recruitdesk.services import team_register
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_register import RegisterRow

class TeamRequestWriter:
    kinds = team_register.KINDS
    dates_completion = True

    def __init__(self, desk: TeamDesk) -> None:
        self.desk = desk

    def today(self) -> dt.date:
        return self.desk.clock.today()

    def answer_due_date(self, received_on: dt.date) -> dt.date:
        return team_register.answer_due_date(received_on)

    def register(self, kind: str, received_on: dt.date, candidate_id: Any, identity: str) -> UUID:
        assert isinstance(candidate_id, UUID), "a team's request without a candidate is about a person (register_person)"
        return team_register.register_request(self.desk, candidate_id, kind, received_on, identity)

    def register_person(self, kind: str, received_on: dt.date, identity: str, name: str, email: str, phone: str) -> UUID:
        person = team_register.RequestPerson(name, email, phone)
        return team_register.register_person_request(self.desk, kind, received_on, identity, person)

    def extend(self, request: RegisterRow, months: int, reason: str) -> int:
        until = team_register.one_month_more(request.received_on) if months == 1 else team_register.latest_extension(request.received_on)
        return team_register.extend_request(self.desk, request, until, reason)

    def complete(self, request: RegisterRow, outcome: str, identity: str, completed_on: dt.date, action: str | None) -> int:
        return team_register.complete_request(self.desk, request, outcome, identity, completed_on, action)

    def chooses_ending(self, request: RegisterRow) -> bool:
        return request.kind == team_register.OBJECTION and request.candidate_id is not None

    def erases(self, request: RegisterRow, action: str | None) -> bool:
        return team_register.erases_candidate(request, action)

    def completion_notes(self, row: RegisterRow) -> list[str]:
        name = row.name or ""
        suppressed = QCoreApplication.translate("TeamRequestWriter", "The e-mail address and phone number of {name} go on the team's suppression list, as keyed "
                         "digests: a CV of theirs dropped later is not stored.")
        if row.kind == team_register.OBJECTION and row.candidate_id is not None:
            return [suppressed.format(name=name)]
        if row.kind == team_register.ERASURE and row.candidate_id is not None:
            return [QCoreApplication.translate("TeamRequestWriter", "Completing erases {name} from the team vault for every member. The register keeps "
                        "the request, the identity check and what was done.").format(name=name),
                    QCoreApplication.translate("TeamRequestWriter", "Their e-mail address and phone number go on the team's suppression list, as keyed digests: "
                        "a CV of theirs dropped later is not stored.")]
        if row.kind == team_register.RESTRICTION and row.candidate_id is not None:
            return [QCoreApplication.translate("TeamRequestWriter", "Completing restricts the processing of {name}: their data is kept and shown as restricted "
                        "to every member, and must not be used.").format(name=name)]
        if row.kind == team_register.CONSENT_WITHDRAWAL and row.candidate_id is not None:
            return [QCoreApplication.translate("TeamRequestWriter", "Completing withdraws every consent of {name} still running, on the completion date; "
                        "the retention countdown moves with it.").format(name=name)]
        if team_register.suppresses_person(row):
            return [suppressed.format(name=row.who or "")]
        if row.kind in team_register.CARRIED_OUT and row.about_person:
            return [QCoreApplication.translate("TeamRequestWriter", "{name} is not a candidate in the team vault: completing records the answer.").format(name=row.who or "")]
        if row.kind in team_register.CARRIED_OUT:
            return [QCoreApplication.translate("TeamRequestWriter", "The candidate is no longer in the team vault: completing records the answer.")]
        return []

    def erasure_question(self, row: RegisterRow) -> tuple[str, str]:
        return (QCoreApplication.translate("TeamRequestWriter", "Complete the request and erase {name} from the team vault for good?").format(name=row.name or ""),
                QCoreApplication.translate("TeamRequestWriter", "Their data, documents, notes and consents are erased from the server for every member "
                    "of the team. This cannot be undone."))
