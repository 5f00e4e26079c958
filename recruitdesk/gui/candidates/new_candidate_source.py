"""Where Candidate > New candidate… adds the candidate: one dialog for both kinds of vault.

The dialog (``new_candidate.NewCandidateDialog``) hands what was typed to a source for the task that
adds the candidate; the task finishes with ``(candidate_id, suppressed)``: the new candidate's id and
whether the person is on the suppression list (added anyway, as the CLI adds them; the caller warns).
A local vault's source calls ``services.candidate_detail`` on its SQLCipher file, where the
application date and source typed open a procedure; a team's (``gui.team.new_candidate_source``) adds
through the open team, where the countdown starts as every team add starts it (applied today, under
the team's policy), so it asks neither (``asks_procedure``). Both validate with the same words
as the Candidate dock and run on the database worker, so the dialog never asks which backend it is on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services import candidate_detail as cd
from recruitdesk.services.suppression import is_suppressed
from recruitdesk.vault.vault import Vault


@dataclass(frozen=True)
class NewCandidateAnswers:
    """What the user typed; ``applied_on`` and ``source`` only where the source asks them."""

    name: str
    email: str
    phone: str
    city: str
    linkedin: str
    applied_on: dt.date | None = None
    source: str | None = None


class NewCandidateSource(Protocol):
    @property
    def asks_procedure(self) -> bool: ...  # the dialog asks the application date and source

    def add_task(self, answers: NewCandidateAnswers) -> Task: ...  # finishes with (candidate_id, suppressed)


def add_by_hand(vault: Vault, name: str, email: str, phone: str, city: str, linkedin: str, applied: dt.date,
                source: str) -> tuple[int, bool]:
    """Worker side: store the candidate; also say whether the person is on the suppression list."""
    candidate_id = cd.create_candidate(vault, name, email, phone, city, linkedin, applied, source)
    return candidate_id, is_suppressed(vault, email, phone)


class LocalNewCandidateSource:
    """The local vault: the application date opens a procedure, so the countdown starts from it."""

    asks_procedure = True

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add_task(self, answers: NewCandidateAnswers) -> Task:
        assert answers.applied_on is not None and answers.source is not None, "the dialog asks both here"
        return WriteTask(add_by_hand, self.vault, answers.name, answers.email, answers.phone, answers.city, answers.linkedin,
                         answers.applied_on, answers.source)


def source_of(where: NewCandidateSource | Vault) -> NewCandidateSource:
    """A source as given, or a local vault's source for a ``Vault`` (the dialog's callers before sources)."""
    return LocalNewCandidateSource(where) if isinstance(where, Vault) else where
