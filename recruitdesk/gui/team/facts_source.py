"""The Record facts… dialog's source while a team is shown in the window (``gui.candidates.facts_source``).

The countdown and the facts are read through the open team (``TeamDesk.status``: the engine's
countdown, its explanation and the version read). How the candidate came in and when they applied
(the Application box, shown for a team only), an outcome, a legal hold, its release or an extension
is laid over the facts as read (``services.team_facts``) and saved over that version by a
``TeamFactsSave``, which shows a colleague's newer save in the team's facts conflict dialog; a
contact (``services.team_contacts``) and a consent (``gui.team.consent_source``) are new records,
and withdrawing the reserve consent is ``TeamDesk.withdraw_consent``: none of those meets a newer
version. A DPO reads the facts and records none (the reason is shown above the disabled controls);
the server refuses a DPO's write anyway (``team.server_roles``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from typing import Callable
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QObject, Signal

from recruitdesk.gui.candidates.consent_source import ConsentSource
from recruitdesk.gui.candidates.facts_source import EXTEND, RELEASE, FactsView
from recruitdesk.gui.shell.jobs import Job
from recruitdesk.gui.shell.tasks import Task, WriteTask
from recruitdesk.gui.team.consent_source import TeamConsentSource
from recruitdesk.gui.team.facts_save import TeamFactsSave
from recruitdesk.services import team_facts
from recruitdesk.services.team_contacts import TeamContacts
from recruitdesk.services.team_desk import RetentionView, TeamDesk, TeamFacts
from recruitdesk.gui.team.window_type import TeamWindow



@dataclass(frozen=True)
class TeamFactsShown:
    """A team candidate's countdown as the dialog shows it (a ``FactsView``), with the team's view as read."""

    name: str
    view: RetentionView

    @property
    def kind(self) -> str:
        return self.view.kind

    @property
    def due_on(self) -> dt.date | None:
        return self.view.due_on

    @property
    def days_left(self) -> int | None:
        return self.view.days_left

    @property
    def explanation(self) -> str:
        return self.view.explanation

    @property
    def last_contact_on(self) -> dt.date | None:
        return self.view.last_contact_on

    @property
    def outcome(self) -> str | None:
        return self.view.facts.outcome

    @property
    def outcome_on(self) -> dt.date | None:
        return self.view.facts.ended_on

    @property
    def reserve_consent_since(self) -> dt.date | None:
        return self.view.reserve_consent_since

    @property
    def legal_hold_reason(self) -> str | None:
        return self.view.facts.legal_hold_reason

    @property
    def extended_until(self) -> dt.date | None:
        return self.view.facts.extended_until

    @property
    def extension_reason(self) -> str | None:
        return self.view.facts.extension_reason


def _read(desk: TeamDesk, candidate_id: UUID, name: str) -> TeamFactsShown:
    return TeamFactsShown(name, desk.status(candidate_id))


def _record_contact(desk: TeamDesk, candidate_id: UUID, on: dt.date, channel: str) -> RetentionView:
    return TeamContacts(desk).record(candidate_id, on, "contact", channel)


class TeamFactsSource(QObject):
    conflict_shown = Signal(object)  # the FactsConflictDialog a save opened (tests act on it)

    def __init__(self, panel: TeamWindow, name: str) -> None:
        super().__init__()  # lives as long as the dialog that holds it
        self._panel = panel
        self._name = name

    def _desk(self) -> TeamDesk:
        desk = self._panel.desk
        assert desk is not None, "the dialog is closed when the team is"
        return desk

    @property
    def writable(self) -> bool:
        desk = self._panel.desk
        return desk is not None and desk.may_write

    @property
    def read_only_reason(self) -> str:
        return "" if self.writable else QCoreApplication.translate(
            "TeamFacts", "As data protection officer you see the countdown and its facts; recruiters and administrators record them.")

    @property
    def consent_source(self) -> ConsentSource:
        return TeamConsentSource(self._desk())

    def read_task(self, candidate_id: object) -> Task:
        return Task(_read, self._desk(), candidate_id, self._name)

    def _save(self, candidate_id: object, read: FactsView, change: Callable[[TeamFacts], TeamFacts]) -> Job:
        assert isinstance(read, TeamFactsShown), "a team's facts are read by this source"
        job = TeamFactsSave(self._panel, candidate_id, read.view, change)
        job.conflict_shown.connect(self.conflict_shown)
        return job

    records_application = True  # the team's window edits the source and the day applied here

    def application_of(self, read: FactsView) -> tuple[str, dt.date | None]:
        assert isinstance(read, TeamFactsShown), "a team's facts are read by this source"
        return read.view.facts.source, read.view.facts.applied_on

    def application_job(self, candidate_id: object, read: FactsView, source: str, applied_on: dt.date | None) -> Job:
        return self._save(candidate_id, read, partial(team_facts.with_application, source=source, applied_on=applied_on))

    def outcome_job(self, candidate_id: object, read: FactsView, outcome: str, on: dt.date) -> Job:
        return self._save(candidate_id, read, partial(team_facts.with_outcome, outcome=outcome, on=on))

    def reason_job(self, candidate_id: object, read: FactsView, mode: str, until: dt.date, reason: str) -> Job:
        if mode == EXTEND:
            return self._save(candidate_id, read, partial(team_facts.with_extension, until=until, reason=reason))
        if mode == RELEASE:
            return self._save(candidate_id, read, partial(team_facts.released, reason=reason))
        return self._save(candidate_id, read, partial(team_facts.with_hold, reason=reason))

    def contact_job(self, candidate_id: object, read: FactsView, on: dt.date, channel: str) -> Job:
        return WriteTask(_record_contact, self._desk(), candidate_id, on, channel)

    def withdraw_job(self, candidate_id: object, read: FactsView, today: dt.date) -> Job:
        return WriteTask(self._desk().withdraw_consent, candidate_id)
