"""``recruitdesk retention due|apply`` for scheduled checks, and ``retention hold|release``.

``retention due`` exits 0 when nothing is due or overdue and ``SOMETHING_DUE`` (4) when something is.
"""

from __future__ import annotations

import argparse

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.commands.common import (
    SOMETHING_DUE, candidate_number, candidate_reference, clock_on, command, group, json_option, open_for_command, print_json,
)
from recruitdesk.i18n import translate
from recruitdesk.vault.keychain import Keychain


def due(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.retention import due_items
    from recruitdesk.services.retention_settings import read_retention_settings

    day_clock = clock_on(clock, args.on)
    with open_for_command(args, keychain, clock) as vault:
        within = args.within
        if within is None:
            within = read_retention_settings(vault).alert_window_days
        items = due_items(vault, day_clock.today(), within)
    if args.json:
        print_json([item.to_json() for item in items])
    elif not items:
        print(translate("cli", "No candidate is due for deletion within {days} days.").format(days=within))
    for item in [] if args.json else items:
        label = translate("cli", "overdue since {date}") if item.overdue else translate("cli", "due on {date}")
        due_on = item.due.isoformat() if item.due else "-"
        print(f"{item.id:>6}  {item.name:<32}  {label.format(date=due_on)}  {item.rule}")
    return SOMETHING_DUE if items else 0


def apply(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    """Erase every candidate whose deadline has passed on the given day (not those on hold)."""
    from recruitdesk.services.erasure import erase_due
    from recruitdesk.services.retention import due_now

    day_clock = clock_on(clock, args.on)
    with open_for_command(args, keychain, clock) as vault:
        if not args.yes:
            overdue = due_now(vault, day_clock.today())
            if overdue:
                raise errors.ConfirmationRequired(count=len(overdue))
        report = erase_due(vault, day_clock.today())
    if args.json:
        print_json({"erased": report.erased})
    else:
        print(translate("cli", "%n candidates erased.", None, len(report.erased)))
    return 0


def hold(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    """Place a candidate on legal hold: nothing erases them until the hold is released."""
    from recruitdesk.services.retention import set_legal_hold

    number = candidate_number(args.id)
    with open_for_command(args, keychain, clock) as vault:
        set_legal_hold(vault, number, args.reason)
    return report_held(number)


def report_held(shown: object) -> int:
    """``shown``: the candidate's number, or the first characters of a team candidate's id (``commands.team_records``)."""
    print(translate("cli", "Candidate {id} is on legal hold.").format(id=shown))
    return 0


def release(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.retention import release_legal_hold

    number = candidate_number(args.id)
    with open_for_command(args, keychain, clock) as vault:
        release_legal_hold(vault, number, args.reason)
    return report_released(number)


def report_released(shown: object) -> int:
    print(translate("cli", "The legal hold on candidate {id} was released.").format(id=shown))
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    candidate_help = translate("cli", "the candidate's number (in a team vault: the first digits of their id, or their name)")
    retention_commands = group(commands, "retention", translate("cli", "retention deadlines: what is due, and erasing it"))
    due_parser = command(retention_commands, "due", translate("cli", "list candidates overdue or due for deletion soon (exit code 4 when there are any)"), due)
    due_parser.add_argument("--on", metavar="DATE", help=translate("cli", "check as on this day (YYYY-MM-DD) instead of today"))
    due_parser.add_argument("--within", metavar="DAYS", type=int, help=translate("cli", "days ahead to look (default: the alert window setting)"))
    json_option(due_parser)
    apply_parser = command(retention_commands, "apply", translate("cli", "erase every candidate whose deadline has come"), apply)
    apply_parser.add_argument("--on", metavar="DATE", help=translate("cli", "apply as on this day (YYYY-MM-DD) instead of today"))
    apply_parser.add_argument("--yes", action="store_true", help=translate("cli", "confirm the erasure"))
    json_option(apply_parser)
    hold_parser = command(retention_commands, "hold", translate("cli", "place a candidate on legal hold (nothing erases them until released)"), hold)
    hold_parser.add_argument("id", type=candidate_reference, help=candidate_help)
    hold_parser.add_argument("--reason", required=True, help=translate("cli", "why the data must be kept (for example, a legal claim)"))
    release_parser = command(retention_commands, "release", translate("cli", "release a candidate's legal hold"), release)
    release_parser.add_argument("id", type=candidate_reference, help=candidate_help)
    release_parser.add_argument("--reason", metavar="TEXT", required=True, help=translate("cli", "why the hold ends (e.g. the claim was settled); required"))
