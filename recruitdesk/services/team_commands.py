"""What the command line's everyday commands do on a team vault: import CVs and erase a candidate.

The local commands (``recruitdesk import``, ``recruitdesk erase``) call these when ``--vault``
names a team folder (``commands.team_routing``), so a script does not have to know which backend
a firm uses. Each call opens the team with this computer's keys, does one thing and closes it.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Callable, Iterable

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.services.team_desk import TeamDesk, TeamImportOutcome
from recruitdesk.services.team_export import TeamCandidateLine, find_in_team
from recruitdesk.services.team_vault import opened_team
from recruitdesk.team.candidates import TeamCandidateNotFound
from recruitdesk.team.erasure import erase_candidate
from recruitdesk.vault.keychain import Keychain


def import_into_team(folder: Path, keychain: Keychain, clock: Clock, paths: Iterable[str | os.PathLike[str]],
                     cancel: threading.Event | None = None, progress: Callable[[int, int], None] | None = None,
                     redact: bool = False, redact_special: bool = False) -> list[TeamImportOutcome]:
    """Each file as a new team candidate (a person already in the team is reported, not stored twice;
    ``redact``: a redacted rendition kept instead of the original)."""
    desk = TeamDesk.open(folder, keychain, clock)
    try:
        return desk.import_cvs(paths, cancel=cancel, progress=progress, redact=redact, redact_special=redact_special)
    finally:
        desk.close()


def erase_from_team(folder: Path, keychain: Keychain, clock: Clock, reference: str) -> TeamCandidateLine:
    """Erase the one candidate ``reference`` names (id digits or name words) for every member, found
    and erased in one opened team; one on legal hold is refused with the hold's reason."""
    with opened_team(folder, keychain) as (engine, team):
        found = find_in_team(engine, team, reference)
        try:
            erase_candidate(engine, team, found.candidate_id, clock)
        except TeamCandidateNotFound:  # a colleague erased them in between
            raise errors.TeamCandidateGone() from None
    return found
