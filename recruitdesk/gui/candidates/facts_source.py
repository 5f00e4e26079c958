"""Where the Record facts… dialog reads and records: one dialog for both kinds of vault.

The dialog (``facts_dialog.CandidateFactsDialog``) asks a source for jobs to run: the countdown
and facts of a candidate (a ``FactsView``), and one job per fact it records (an outcome, a contact,
the reserve consent withdrawn, a legal hold placed or released, an extension). Each write is given
the view as read, so a team's source can save over the version it was read at. A local vault's
source calls the local services on its SQLCipher file; a team's (``gui.team.facts_source``) calls
``services.team_facts`` and its neighbours through the open team, where a colleague's newer save is
shown beside the user's (the team's facts conflict dialog) before anything is saved.

A job ends with ``finished(result)`` once a fact was recorded (or the user took a colleague's newer
version: shown, the dialog reloads), ``finished(NOT_SAVED)`` when the user closed the conflict
dialog without choosing (nothing saved; what they typed stays where they typed it), or
``failed(error)``. The dialog never asks which backend it is on; a source says whether this user may
record facts, and if not, why, and whether it records how the candidate came in and when they applied
(``records_application``: a team's window edits those here; a local vault sets them when the
candidate is added, so its dialog hides that box).
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from recruitdesk.gui.candidates.consent_source import ConsentSource, LocalConsentSource
from recruitdesk.gui.shell.jobs import NOT_SAVED, Job
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.retention.facts import RESERVE_PURPOSE
from recruitdesk.services.candidates import record_contact, record_outcome
from recruitdesk.services.consents import withdraw_purpose
from recruitdesk.services.retention import extend, release_legal_hold, set_legal_hold
from recruitdesk.services.retention_settings import candidate_retention
from recruitdesk.vault.vault import Vault

EXTEND, HOLD, RELEASE = "extend", "hold", "release"  # as ``gui.retention.dialogs.ReasonDialog``'s modes
__all__ = ["NOT_SAVED", "EXTEND", "HOLD", "RELEASE", "FactsView", "FactsSource", "LocalFactsSource", "source_of"]


class FactsView(Protocol):
    """What the dialog shows of a candidate (``services.retention_settings.CandidateRetention`` is one)."""

    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...  # engine.DUE, OVERDUE, LEGAL_HOLD, EXTENDED…
    @property
    def due_on(self) -> dt.date | None: ...
    @property
    def days_left(self) -> int | None: ...
    @property
    def explanation(self) -> str: ...
    @property
    def last_contact_on(self) -> dt.date | None: ...
    @property
    def outcome(self) -> str | None: ...
    @property
    def outcome_on(self) -> dt.date | None: ...
    @property
    def reserve_consent_since(self) -> dt.date | None: ...
    @property
    def legal_hold_reason(self) -> str | None: ...
    @property
    def extended_until(self) -> dt.date | None: ...
    @property
    def extension_reason(self) -> str | None: ...


class FactsSource(Protocol):
    @property
    def writable(self) -> bool: ...

    @property
    def read_only_reason(self) -> str: ...  # shown above the disabled controls when not writable

    @property
    def consent_source(self) -> ConsentSource: ...  # where Record consent given… stores the consent

    @property
    def records_application(self) -> bool: ...  # the dialog shows the Application box (source, applied on)

    def application_of(self, read: FactsView) -> tuple[str, dt.date | None]: ...  # the source code and day applied, as read

    def application_job(self, candidate_id: object, read: FactsView, source: str, applied_on: dt.date | None) -> Job: ...

    def read_task(self, candidate_id: object) -> Task: ...  # finishes with a FactsView

    def outcome_job(self, candidate_id: object, read: FactsView, outcome: str, on: dt.date) -> Job: ...

    def contact_job(self, candidate_id: object, read: FactsView, on: dt.date, channel: str) -> Job: ...

    def withdraw_job(self, candidate_id: object, read: FactsView, today: dt.date) -> Job: ...

    def reason_job(self, candidate_id: object, read: FactsView, mode: str, until: dt.date, reason: str) -> Job: ...


def _reason_local(vault: Vault, candidate_id: int, mode: str, until: dt.date, reason: str) -> None:
    if mode == EXTEND:
        extend(vault, candidate_id, until, reason)
    elif mode == RELEASE:
        release_legal_hold(vault, candidate_id, reason)
    else:
        set_legal_hold(vault, candidate_id, reason)


class LocalFactsSource:
    """The local vault: one writer, so a fact never meets a colleague's newer save."""

    writable = True
    read_only_reason = ""
    records_application = False  # set when the candidate is added

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def consent_source(self) -> ConsentSource:
        return LocalConsentSource(self.vault)

    def read_task(self, candidate_id: object) -> Task:
        return WriteTask(candidate_retention, self.vault, candidate_id)

    def outcome_job(self, candidate_id: object, read: FactsView, outcome: str, on: dt.date) -> Job:
        return WriteTask(record_outcome, self.vault, candidate_id, outcome, on)

    def contact_job(self, candidate_id: object, read: FactsView, on: dt.date, channel: str) -> Job:
        return WriteTask(record_contact, self.vault, candidate_id, on, channel)

    def withdraw_job(self, candidate_id: object, read: FactsView, today: dt.date) -> Job:
        return WriteTask(withdraw_purpose, self.vault, candidate_id, RESERVE_PURPOSE, today)

    def reason_job(self, candidate_id: object, read: FactsView, mode: str, until: dt.date, reason: str) -> Job:
        return WriteTask(_reason_local, self.vault, candidate_id, mode, until, reason)

    def application_of(self, read: FactsView) -> tuple[str, dt.date | None]:
        raise NotImplementedError("a local vault's dialog has no Application box")

    def application_job(self, candidate_id: object, read: FactsView, source: str, applied_on: dt.date | None) -> Job:
        raise NotImplementedError("a local vault's dialog has no Application box")


def source_of(where: FactsSource | Vault) -> FactsSource:
    """A source as given, or a local vault's source for a ``Vault`` (the dialog's callers before sources)."""
    return LocalFactsSource(where) if isinstance(where, Vault) else where
