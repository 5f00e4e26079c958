"""Start the RecruitDesk window on a team folder the way ``recruitdesk --vault DIR`` does, with the
member's device key (and server password, if any) in an in-memory keychain instead of the OS one.

    python tests/benchmarks/team_launch.py --folder DIR --team-id UUID --device-key HEX

Used by team_benchmark.py to time "start to usable window" on a team vault: from process start to
the smoke test's ready line, which the window prints once its list of names is shown.
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid

STARTED = time.perf_counter()
FIRST_ROWS_LINE = "first rows shown after seconds: "

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", required=True)
    parser.add_argument("--team-id", required=True)
    parser.add_argument("--device-key", required=True)
    options = parser.parse_args()

    from recruitdesk.cli import build_parser
    from recruitdesk.gui.shell.app import run_gui
    from recruitdesk.team.membership import keychain_account
    from recruitdesk.vault.keychain import MemoryKeychain

    from recruitdesk.gui.team.panel import TeamPanel

    show_first_rows = TeamPanel._first_rows

    def first_rows_with_time(window, serial, rows):  # noqa: ANN001
        """The moment the window is usable: its first page of names is shown (the whole list follows)."""
        show_first_rows(window, serial, rows)
        print(f"{FIRST_ROWS_LINE}{time.perf_counter() - STARTED:.3f}", flush=True)

    TeamPanel._first_rows = first_rows_with_time
    keychain = MemoryKeychain()
    keychain.store_device_key(keychain_account(uuid.UUID(options.team_id)), bytes.fromhex(options.device_key))
    args = build_parser().parse_args(["--smoke-test", "--vault", options.folder])
    sys.exit(run_gui(args, keychain_factory=lambda: keychain))
