"""A local vault's requests, written for the shared request dialogs (``dialogs.RequestWriter``).

Every rule is ``services.rights_requests``': this only passes the dialogs' answers on, records an
identity check the user typed at completion before completing (as the service asks), and says in
the local register's words what completing will do. A local vault dates a completion itself (the
day it is saved), and an objection always asks how it ends.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QCoreApplication

from recruitdesk.services import rights_requests as rr
from recruitdesk.vault.vault import Vault


class LocalRequestWriter:
    kinds = rr.KINDS
    dates_completion = False

    def __init__(self, vault: Vault, today: Callable[[], dt.date]) -> None:
        self._vault = vault
        self._today = today

    def today(self) -> dt.date:
        return self._today()

    def answer_due_date(self, received_on: dt.date) -> dt.date:
        return rr.answer_due_date(received_on)

    def register(self, kind: str, received_on: dt.date, candidate_id: int | None, identity: str) -> rr.RequestView:
        return rr.register(self._vault, kind, received_on, candidate_id, identity)

    def extend(self, request: rr.RequestView, months: int, reason: str) -> rr.RequestView:
        assert isinstance(request.id, int), "a local request's number"
        return rr.extend(self._vault, request.id, months, reason)

    def complete(self, request: rr.RequestView, outcome: str, identity: str, completed_on: dt.date,
                 action: str | None) -> rr.RequestView:
        request_id = request.id
        assert isinstance(request_id, int), "a local request's number"
        if identity.strip() and identity.strip() != (rr.get_request(self._vault, request_id).identity_check or ""):
            rr.record_identity_check(self._vault, request_id, identity)
        return rr.complete(self._vault, request_id, outcome, action=action)

    def chooses_ending(self, request: rr.RequestView) -> bool:
        return request.kind == rr.OBJECTION

    def erases(self, request: rr.RequestView, action: str | None) -> bool:
        return request.candidate_id is not None and (request.kind == rr.ERASURE or (request.kind == rr.OBJECTION and action == rr.ERASE))

    def completion_notes(self, request: rr.RequestView) -> list[str]:
        if request.kind == rr.OBJECTION:
            return [QCoreApplication.translate("CompleteRequestDialog", "The email address and phone number go on the suppression list.")]
        if request.kind == rr.ERASURE:
            return [QCoreApplication.translate("CompleteRequestDialog", "Completing erases the candidate.")]
        return []

    def erasure_question(self, request: rr.RequestView) -> tuple[str, str]:
        return (QCoreApplication.translate(
            "RequestDialogs", "Completing this request erases the candidate's data, documents, notes and consents for good. "
                              "The erasure ledger keeps the proof, without personal data."), "")
