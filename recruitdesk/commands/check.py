"""``recruitdesk check``: the daily check, headless, for Task Scheduler, launchd or cron.

Prints one line. Exit codes: 0 nothing to act on; 4 (``SOMETHING_DUE``) candidates or requests
are due or overdue; 1 the scheduled backup failed (or any other error).
"""

from __future__ import annotations

import argparse

from recruitdesk.clock import Clock
from recruitdesk.commands.common import SOMETHING_DUE, command, json_option, open_for_command, print_json
from recruitdesk.i18n import translate
from recruitdesk.vault.keychain import Keychain


def check(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.daily_check import BACKUP_FAILED, run

    with open_for_command(args, keychain, clock) as vault:
        result = run(vault)
    if args.json:
        print_json(result.to_json())
    else:
        print(result.line())
    if result.backup == BACKUP_FAILED:
        return 1
    return SOMETHING_DUE if result.needs_attention else 0


def register(commands: argparse._SubParsersAction) -> None:
    parser = command(commands, "check", translate(
        "cli", "run the daily check: recompute deadlines, automatic erasure if turned on, scheduled backup; "
               "one line out (exit code 4 when something is due)"), check)
    json_option(parser)
