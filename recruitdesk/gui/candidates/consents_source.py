"""Where the Consents… dialog reads and withdraws: one dialog for both kinds of vault.

The dialog (``consents_dialog.ConsentsDialog``) asks a source for tasks: the candidate's consents of
every purpose (lines with ``purpose_text()``, ``given_on``, ``channel_text()``, ``wording_version``,
``has_evidence``, ``withdrawn_on`` and ``running``) and the withdrawal of one of them; "Record
consent…" opens the shared consent dialog on the source's ``consent_source``. A local vault's source
calls ``services.consents`` on its SQLCipher file; a team's (``gui.team.consents_source``) calls
``services.team_consents`` through the open team, where a withdrawal goes over the version listed.
The dialog never asks which backend it is on: the source says whether this user may record and
withdraw, and after which failures the list should be read again.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable, Protocol

from recruitdesk.gui.candidates.consent_source import ConsentSource, LocalConsentSource
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services import consents
from recruitdesk.vault.vault import Vault


class ConsentLine(Protocol):
    """What the dialog shows of one consent (``consents.ConsentLine``, ``team_consents.ConsentLine``)."""

    @property
    def consent_id(self) -> object: ...

    @property
    def given_on(self) -> dt.date: ...

    @property
    def wording(self) -> str | None: ...

    @property
    def wording_version(self) -> str | None: ...

    @property
    def withdrawn_on(self) -> dt.date | None: ...

    @property
    def has_evidence(self) -> bool: ...

    @property
    def running(self) -> bool: ...

    def purpose_text(self) -> str: ...

    def channel_text(self) -> str: ...


class ConsentsSource(Protocol):
    @property
    def writable(self) -> bool: ...  # False: no Record and no Withdraw (a team's DPO)

    @property
    def desk(self) -> object | None: ...  # the team desk the consents are read through (None: a local vault)

    @property
    def consent_source(self) -> ConsentSource: ...  # where "Record consent…" stores a consent

    def list_task(self, candidate_id: object) -> Task: ...  # finishes with the lines, oldest first

    def withdraw_task(self, line: ConsentLine) -> Task: ...  # withdraws it today; finishes with the moved countdown's view

    def stale(self, error: BaseException) -> bool: ...  # True: the list no longer shows the vault; read it again


class LocalConsentsSource:
    """The local vault: one writer, so a withdrawal meets only a consent already withdrawn or gone."""

    writable = True
    desk = None

    def __init__(self, vault: Vault, today: Callable[[], dt.date]) -> None:
        self.vault = vault
        self._today = today

    @property
    def consent_source(self) -> ConsentSource:
        return LocalConsentSource(self.vault)

    def list_task(self, candidate_id: object) -> Task:
        return Task(consents.consent_lines, self.vault, candidate_id)

    def withdraw_task(self, line: ConsentLine) -> Task:
        return WriteTask(consents.withdraw, self.vault, line.consent_id, self._today())

    def stale(self, error: BaseException) -> bool:
        return isinstance(error, (consents.ConsentAlreadyWithdrawn, consents.ConsentNotFound))
