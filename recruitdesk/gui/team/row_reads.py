"""Reading one candidate's line again after a change notice, one read per candidate at a time.

A consent or a retention edit moves a candidate's deadline without a new record version (the
version counts edits of the candidate's own fields), so the list cannot tell a late answer from a
fresh one by the version alone. Two notices read in parallel could then let the older answer land
last and put the old deadline back. Here a candidate's second notice waits for the first read to
finish and then reads once more: the answers land in the order the reads began, and the last one
began after the last notice.
"""

from __future__ import annotations

from typing import Callable
from uuid import UUID

from recruitdesk.gui.shell.tasks import Task
from recruitdesk.services.team_desk import TeamRow


class RowReads:
    def __init__(self, read: Callable[[UUID], TeamRow | None], arrived: Callable[[UUID, TeamRow | None], None],
                 failed: Callable[[BaseException], None]) -> None:
        self._read, self._arrived, self._failed = read, arrived, failed
        self._running: set[UUID] = set()
        self._again: set[UUID] = set()

    def refresh(self, candidate_id: UUID) -> None:
        if candidate_id in self._running:
            self._again.add(candidate_id)
            return
        self._running.add(candidate_id)
        task = Task(self._read, candidate_id)
        task.finished.connect(lambda row: self._done(candidate_id, row))
        task.failed.connect(lambda error: self._stopped(candidate_id, error))
        task.start()

    def _done(self, candidate_id: UUID, row: TeamRow | None) -> None:
        self._running.discard(candidate_id)
        self._arrived(candidate_id, row)
        if candidate_id in self._again:
            self._again.discard(candidate_id)
            self.refresh(candidate_id)

    def _stopped(self, candidate_id: UUID, error: BaseException) -> None:
        self._running.discard(candidate_id)
        self._again.discard(candidate_id)
        self._failed(error)
