"""A team candidate's consents of every purpose the local app knows, as the team window handles them.

The purposes and channels are the local vault's (``services.consents``: the recruitment reserve,
sharing with clients, sharing with affiliated companies), in the same words. A consent is recorded
with what proves it later (day, channel, wording, its version, optionally an evidence file stored as
one of the candidate's documents in the same transaction) and withdrawn in one click; both move the
countdown at once (``team.consents`` refreshes it in the write's transaction). Withdrawing names the
version the list showed, so a colleague's change meanwhile is said in words.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import os
from dataclasses import dataclass, replace
from pathlib import Path
from uuid import UUID

from sqlalchemy import Engine

from recruitdesk import labels
from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_
from recruitdesk.services.consents import CHANNELS, PURPOSES
from recruitdesk.services.team_desk import RetentionView, TeamDesk
from recruitdesk.team import consents as team_consents
from recruitdesk.team import records
from recruitdesk.team.consents import ConsentTerms, EvidenceFile
from recruitdesk.team.membership import OpenTeam

__all__ = ["PURPOSES", "CHANNELS", "ConsentLine", "consents", "give", "withdraw", "MAX_EVIDENCE_BYTES"]

MAX_EVIDENCE_BYTES = 25 * 1024 * 1024  # as the local consent dialog's evidence


class EvidenceTooLarge(RecruitDeskError):
    code = "team-evidence-too-large"
    template = N_("errors", "The evidence file is larger than 25 MB; attach a smaller file. Nothing was recorded.")


class EvidenceUnreadable(RecruitDeskError):
    code = "team-evidence-unreadable"
    template = N_("errors", "The evidence file cannot be read. Nothing was recorded.")


class TeamConsentChanged(RecruitDeskError):
    code = "team-consent-changed"
    template = N_("errors", "Another member changed this consent after you opened the list. Nothing was withdrawn; the list "
                            "now shows their change, look at it and try again.")


class TeamConsentGone(RecruitDeskError):
    code = "team-consent-gone"
    template = N_("errors", "This consent is no longer in the team vault. Nothing was withdrawn.")


@dataclass(frozen=True)
class ConsentLine:
    """One consent as the list shows it, and the version a withdrawal names."""

    consent_id: UUID
    candidate_id: UUID
    version: int
    purpose: str
    given_on: dt.date
    channel: str
    wording: str | None
    wording_version: str | None
    withdrawn_on: dt.date | None
    has_evidence: bool
    terms: ConsentTerms

    @property
    def running(self) -> bool:
        return self.withdrawn_on is None

    def purpose_text(self) -> str:
        return labels.label("consent_purpose", self.purpose)

    def channel_text(self) -> str:
        return labels.label("consent_channel", self.channel)


def consents(desk: TeamDesk, candidate_id: UUID) -> list[ConsentLine]:
    """The candidate's consents, oldest first."""
    return [ConsentLine(c.consent_id, c.candidate_id, c.version, c.terms.purpose, c.terms.given_on, c.terms.channel, c.terms.wording,
                        c.terms.wording_version, c.terms.withdrawn_on, c.terms.evidence_document_id is not None, c.terms)
            for c in desk.consents(candidate_id)]


def read_evidence(path: str | os.PathLike[str]) -> EvidenceFile:
    """The chosen file as evidence (its type guessed from the name), refused when too large or unreadable."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_EVIDENCE_BYTES:
            raise EvidenceTooLarge()
        content = file.read_bytes()
    except OSError:
        raise EvidenceUnreadable() from None
    return EvidenceFile(file.name, mimetypes.guess_type(file.name)[0] or "application/octet-stream", content)


def give(desk: TeamDesk, candidate_id: UUID, purpose: str, given_on: dt.date, channel: str, wording: str | None = None,
         wording_version: str | None = None, evidence_path: str | os.PathLike[str] | None = None) -> RetentionView:
    """Record a consent of ``purpose`` (with its evidence file, if any); returns the countdown it moved."""
    if purpose not in PURPOSES or channel not in CHANNELS:
        raise ValueError("unknown consent purpose or channel")  # the dialog offers only the known codes
    evidence = read_evidence(evidence_path) if evidence_path else None
    terms = ConsentTerms(purpose, given_on, channel, (wording or "").strip() or None, (wording_version or "").strip() or None)
    desk.run(lambda engine, team: team_consents.add_consent(engine, team, candidate_id, terms, desk.clock, evidence))
    return desk.status(candidate_id)


def withdraw(desk: TeamDesk, line: ConsentLine) -> RetentionView:
    """Withdraw this consent today (Art. 7(3)), at the version the list showed; the countdown follows."""
    def update(engine: Engine, team: OpenTeam) -> None:
        try:
            team_consents.update_consent(engine, team, line.consent_id, line.version,
                                         replace(line.terms, withdrawn_on=desk.clock.today()), desk.clock)
        except records.RecordVersionConflict:
            raise TeamConsentChanged() from None
        except records.RecordNotFound:
            raise TeamConsentGone() from None
    desk.run(update)
    return desk.status(line.candidate_id)
