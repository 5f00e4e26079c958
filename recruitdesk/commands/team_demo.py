"""``recruitdesk --demo --team``: the window on a throwaway team vault (``python3 dev.py demo --team``).

The service starts a PostgreSQL server of its own and copies the demo candidates into a new team on it
(``services.team_demo``); the window then opens that team folder as ``--vault TEAMFOLDER`` would, with
the demo's in-memory keychain. Whichever way the window ends - quit, Ctrl+C, SIGTERM, an error - the
server is stopped and the temporary folders removed before the process exits.
"""

from __future__ import annotations

import argparse
import signal
import sys
from typing import Callable

from recruitdesk.clock import Clock
from recruitdesk.i18n import translate
from recruitdesk.services.team_demo import team_demo

RunGui = Callable[..., int]


def run_team_demo(args: argparse.Namespace, run_gui: RunGui, clock: Clock) -> int:
    print(translate("cli", "Starting a throwaway PostgreSQL server and copying the demo candidates into a team vault on it…"),
          file=sys.stderr, flush=True)
    previous = signal.signal(signal.SIGTERM, _interrupt)  # the window installs its own while it runs
    try:
        with team_demo(clock) as demo:
            print(translate("cli", "Team vault ready (demo candidates: {count}). The server stops when you quit.").format(
                count=demo.candidates), file=sys.stderr, flush=True)
            args.vault, args.demo = str(demo.team_folder), False
            return run_gui(args, clock, keychain_factory=lambda: demo.keychain)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(_signum: int, _frame: object) -> None:
    """SIGTERM while the server starts or the team is made: unwind like Ctrl+C, so nothing is left running."""
    raise KeyboardInterrupt
