"""``recruitdesk hold|release|extend``: suspend, resume or push back a candidate's deadline, each with a reason."""

from __future__ import annotations

import argparse

from recruitdesk.clock import Clock
from recruitdesk.commands.common import candidate_number, candidate_reference, command, open_for_command, parse_date
from recruitdesk.i18n import translate
from recruitdesk.vault.keychain import Keychain


def hold(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.retention import set_legal_hold

    number = candidate_number(args.id)
    with open_for_command(args, keychain, clock) as vault:
        set_legal_hold(vault, number, args.reason)
    return report_held(number)


def report_held(shown: object) -> int:
    """``shown``: the candidate's number, or the first characters of a team candidate's id (``commands.team_records``)."""
    print(translate("cli", "Candidate {id} is on legal hold; nothing is deleted until the hold is released.").format(id=shown))
    return 0


def release(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.retention import release_legal_hold

    number = candidate_number(args.id)
    with open_for_command(args, keychain, clock) as vault:
        release_legal_hold(vault, number, args.reason)
    return report_released(number)


def report_released(shown: object) -> int:
    print(translate("cli", "The legal hold on candidate {id} was released; the deadline runs again.").format(id=shown))
    return 0


def extend(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.retention import extend as extend_retention

    until = parse_date(args.until)
    number = candidate_number(args.id)
    with open_for_command(args, keychain, clock) as vault:
        extend_retention(vault, number, until, args.reason)
    return report_kept(number, until)


def report_kept(shown: object, until) -> int:
    print(translate("cli", "Candidate {id} is kept until {date}.").format(id=shown, date=until.isoformat()))
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    hold_parser = command(commands, "hold", translate("cli", "place a candidate on legal hold: no deletion until released"), hold)
    hold_parser.add_argument("id", type=candidate_reference, help=translate("cli", "the candidate's number (in a team vault: the first digits of their id, or their name)"))
    hold_parser.add_argument("--reason", metavar="TEXT", required=True, help=translate("cli", "why (e.g. a court case); required"))
    release_parser = command(commands, "release", translate("cli", "release a candidate's legal hold"), release)
    release_parser.add_argument("id", type=candidate_reference, help=translate("cli", "the candidate's number (in a team vault: the first digits of their id, or their name)"))
    release_parser.add_argument("--reason", metavar="TEXT", required=True, help=translate("cli", "why the hold ends (e.g. the claim was settled); required"))
    extend_parser = command(commands, "extend", translate("cli", "keep a candidate past their deadline, with a written reason"), extend)
    extend_parser.add_argument("id", type=candidate_reference, help=translate("cli", "the candidate's number (in a team vault: the first digits of their id, or their name)"))
    extend_parser.add_argument("--until", metavar="DATE", required=True, help=translate("cli", "keep until this day (YYYY-MM-DD)"))
    extend_parser.add_argument("--reason", metavar="TEXT", required=True, help=translate("cli", "why the candidate is kept longer; required"))
