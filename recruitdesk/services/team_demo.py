"""The demo on a throwaway team vault (``recruitdesk --demo --team``, run by ``python3 dev.py demo --team``).

A team vault needs a PostgreSQL server, so a reader of the README could not try one. This starts a
server of its own on this computer (``team.local_server``), makes the ``--demo`` vault in a temporary
folder and copies it into a new team with the same migration ``recruitdesk vault migrate`` runs - the
candidates reach the server only as ciphertext, as in a real team - and throws everything away at the
end: the server stopped, its files and the team folder removed.

The device key lives in an in-memory keychain, as the local demo's does: a throwaway team must leave
nothing in the computer's real keychain, and nothing outlives the process that made it.
"""

from __future__ import annotations

import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from recruitdesk import errors, logs
from recruitdesk.clock import Clock
from recruitdesk.demo import DemoVault
from recruitdesk.i18n import N_, translate
from recruitdesk.services.vault_migration import migrate_to_team
from recruitdesk.team import local_server
from recruitdesk.vault.keychain import MemoryKeychain

MEMBER_NAME = N_("demo", "Demo recruiter")


@dataclass(frozen=True)
class TeamDemo:
    """A running demo team: open ``team_folder`` with ``keychain``; ``candidates`` were copied in."""

    server: local_server.LocalServer
    folder: Path  # the temporary folder holding the team folder
    keychain: MemoryKeychain
    candidates: int

    @property
    def team_folder(self) -> Path:
        return self.folder / "team"


def start_team_demo(clock: Clock) -> TeamDemo:
    """Start the server and make the demo team; :func:`stop_team_demo` undoes it. On any failure (Ctrl+C
    too) nothing is left running or on disk. Raises ``TeamDemoNeedsPostgres`` without server programs."""
    bin_folder = local_server.find_bin_folder()
    if bin_folder is None:
        raise errors.TeamDemoNeedsPostgres()
    try:
        server = local_server.start_local_server(local_server.LocalServer, bin_folder=bin_folder)
    except local_server.LocalServerError as exc:
        logs.log_unexpected(exc)
        raise errors.TeamDemoServerFailed(file=str(logs.log_file())) from None
    folder = Path(tempfile.mkdtemp(prefix="recruitdesk-team-demo-"))
    try:
        demo = DemoVault(clock)
        try:
            report = migrate_to_team(demo.vault, folder / "team", server.url, translate("demo", MEMBER_NAME), demo.keychain, clock)
        finally:
            demo.dispose()
        # The team's keys went into the demo vault's in-memory keychain; that keychain goes on with the team.
        return TeamDemo(server, folder, demo.keychain, report.copied["candidates"])
    except BaseException:
        local_server.stop_local_server(server)
        shutil.rmtree(folder, ignore_errors=True)
        raise


def stop_team_demo(demo: TeamDemo) -> None:
    """Stop the server and remove its files and the team folder."""
    try:
        local_server.stop_local_server(demo.server)
    finally:
        shutil.rmtree(demo.folder, ignore_errors=True)


@contextmanager
def team_demo(clock: Clock) -> Iterator[TeamDemo]:
    """:func:`start_team_demo`, stopped however the block ends."""
    demo = start_team_demo(clock)
    try:
        yield demo
    finally:
        stop_team_demo(demo)
