"""Where the consent dialog stores a consent: one dialog for both kinds of vault.

The dialog (``consent_dialog.ConsentDialog``) asks what proves a consent later and hands the answers
(``ConsentAnswers``) to a source for the task that stores them; the task finishes with what the
dialog's ``saved`` carries. A local vault's source calls ``services.consents`` on its SQLCipher file
(the evidence read on the worker, stored as the consent's document); a team's
(``gui.team.consent_source``) calls ``services.team_consents`` through the open team. Both run on the
database worker (``WriteTask``), so the dialog never asks which backend it is on.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.services import consents
from recruitdesk.vault.vault import Vault


@dataclass(frozen=True)
class ConsentAnswers:
    """What the user entered: the purpose and channel codes, the day, the text or its version, the evidence file."""

    purpose: str
    given_on: dt.date
    channel: str
    text: str
    text_version: str
    evidence_path: str | None


class ConsentSource(Protocol):
    def give_task(self, candidate_id: object, answers: ConsentAnswers) -> Task: ...  # finishes with what ``saved`` carries


def read_evidence(path: str) -> consents.Evidence:
    """The chosen file as evidence; its type guessed from the name (.eml -> message/rfc822)."""
    file = Path(path)
    media_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    return consents.Evidence(file.name, media_type, file.read_bytes())


def _give_local(vault: Vault, candidate_id: int, answers: ConsentAnswers) -> consents.ConsentView:
    evidence = read_evidence(answers.evidence_path) if answers.evidence_path else None
    return consents.give_consent(vault, candidate_id, answers.purpose, answers.given_on, answers.channel,
                                 text=answers.text, text_version=answers.text_version, evidence=evidence)


class LocalConsentSource:
    """The local vault: ``consents.give_consent``; the task finishes with the ``ConsentView``."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def give_task(self, candidate_id: object, answers: ConsentAnswers) -> Task:
        return WriteTask(_give_local, self.vault, candidate_id, answers)


def source_of(where: ConsentSource | Vault) -> ConsentSource:
    """A source as given, or a local vault's source for a ``Vault`` (the dialog's callers before sources)."""
    return LocalConsentSource(where) if isinstance(where, Vault) else where
