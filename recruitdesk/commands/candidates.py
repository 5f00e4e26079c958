"""``recruitdesk candidate add|outcome|contact|outplacement``, ``candidates list`` and ``erase``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from recruitdesk.clock import Clock
from recruitdesk.commands.common import (
    candidate_number, candidate_reference, command, group, json_option, open_for_command, parse_date, print_json, shown_id,
)
from recruitdesk.i18n import N_, translate
from recruitdesk.vault.keychain import Keychain


CANDIDATE_HELP = N_("cli", "the candidate's number (in a team vault: the first digits of their id, or their name)")
SUPPRESSED_WARNING = N_("cli", "Warning: this person is on the suppression list (they objected, asked for erasure or must not be "
                              "contacted again). The candidate was added; check before contacting them.")


def add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.candidates import add_candidate
    from recruitdesk.services.suppression import is_suppressed

    applied = parse_date(args.applied) if args.applied else None
    started = parse_date(args.outplacement_start) if args.outplacement_start else None
    with open_for_command(args, keychain, clock) as vault:
        suppressed = is_suppressed(vault, args.email, args.phone)
        candidate_id = add_candidate(vault, args.name, email=args.email, phone=args.phone, applied_on=applied,
                                     source=source_option(args), outplacement_started_on=started)
    report_added(candidate_id, bool(suppressed), args.json)
    return 0


def source_option(args: argparse.Namespace) -> str:
    """How the candidate came in: an outplacement start makes them an outplacement participant."""
    return "outplacement" if args.outplacement_start else args.source


def report_added(candidate_id: object, suppressed: bool, as_json: bool) -> None:
    """What ``candidate add`` prints, on a local or a team vault; the suppression list's warning on stderr."""
    if suppressed:
        print(translate("cli", SUPPRESSED_WARNING), file=sys.stderr)
    if as_json:
        print_json({"id": candidate_id})
    else:
        print(translate("cli", "Candidate {id} added.").format(id=shown_id(candidate_id)))


def outcome(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.candidates import record_outcome

    number = candidate_number(args.id)
    with open_for_command(args, keychain, clock) as vault:
        record_outcome(vault, number, outcome_option(args), parse_date(args.on))
    report_outcome(number)
    return 0


def outcome_option(args: argparse.Namespace) -> str:
    return str(args.outcome).replace("-", "_")


def report_outcome(candidate_id: object) -> None:
    print(translate("cli", "Outcome recorded for candidate {id}.").format(id=shown_id(candidate_id)))


def contact(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.candidates import record_contact

    number = candidate_number(args.id)
    with open_for_command(args, keychain, clock) as vault:
        record_contact(vault, number, parse_date(args.on))
    report_contact(number)
    return 0


def report_contact(candidate_id: object) -> None:
    print(translate("cli", "Contact recorded for candidate {id}.").format(id=shown_id(candidate_id)))


def outplacement(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.outplacement import record_outplacement_start

    started = parse_date(args.started)
    number = candidate_number(args.id)
    with open_for_command(args, keychain, clock) as vault:
        record_outplacement_start(vault, number, started)
    report_outplacement(number, started)
    return 0


def report_outplacement(candidate_id: object, started: dt.date) -> None:
    print(translate("cli", "Candidate {id} is an outplacement participant since {date}.").format(id=shown_id(candidate_id),
                                                                                                 date=started.isoformat()))


def list_all(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.candidates import candidate_rows

    with open_for_command(args, keychain, clock) as vault:
        rows = sorted(candidate_rows(vault), key=lambda row: (row.name.casefold(), row.id))  # the service does not sort
    if args.json:
        print_json([
            {"id": r.id, "name": r.name, "email": r.email, "source": r.source,
             "last_contact": r.last_contact_on.isoformat() if r.last_contact_on else None,
             "due": r.due_on.isoformat() if r.due_on else None, "consent": r.has_consent}
            for r in rows
        ])
        return 0
    for r in rows:
        due = r.due_on.isoformat() if r.due_on else "-"
        print(f"{r.id:>6}  {r.name:<32}  {r.email or '-':<36}  {due}")
    return 0


def erase(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.erasure import erase_candidate

    number = candidate_number(args.id)
    with open_for_command(args, keychain, clock) as vault:
        erase_candidate(vault, number)
    print(translate("cli", "Candidate {id} was erased.").format(id=number))
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    candidate_commands = group(commands, "candidate", translate("cli", "add a candidate or record facts about one"))
    add_parser = command(candidate_commands, "add", translate("cli", "add a candidate"), add)
    add_parser.add_argument("--name", required=True, help=translate("cli", "full name"))
    add_parser.add_argument("--email", help=translate("cli", "email address"))
    add_parser.add_argument("--applied", metavar="DATE", help=translate("cli", "application date (YYYY-MM-DD); opens a procedure"))
    add_parser.add_argument("--phone", help=translate("cli", "phone number"))
    add_parser.add_argument("--source", choices=("application", "job_site", "referral", "sourced", "outplacement"), default="application",
                            help=translate("cli", "how the candidate came in (default: application)"))
    add_parser.add_argument("--outplacement-start", metavar="DATE", help=translate(
        "cli", "outplacement participant: the day the outplacement started (YYYY-MM-DD); its retention counts from it"))
    json_option(add_parser)
    outcome_parser = command(candidate_commands, "outcome", translate("cli", "record the outcome of the candidate's procedure"), outcome)
    outcome_parser.add_argument("id", type=candidate_reference, help=translate("cli", CANDIDATE_HELP))
    outcome_parser.add_argument("outcome", choices=("hired", "not-hired", "withdrawn", "open"))
    outcome_parser.add_argument("--on", metavar="DATE", required=True, help=translate("cli", "date of the outcome (YYYY-MM-DD)"))
    contact_parser = command(candidate_commands, "contact", translate("cli", "record a contact with the candidate"), contact)
    contact_parser.add_argument("id", type=candidate_reference, help=translate("cli", CANDIDATE_HELP))
    contact_parser.add_argument("--on", metavar="DATE", required=True, help=translate("cli", "date of the contact (YYYY-MM-DD)"))

    outplacement_parser = command(candidate_commands, "outplacement", translate(
        "cli", "record that the candidate's outplacement started on a day (its retention counts from it)"), outplacement)
    outplacement_parser.add_argument("id", type=candidate_reference, help=translate("cli", CANDIDATE_HELP))
    outplacement_parser.add_argument("--started", metavar="DATE", required=True, help=translate("cli", "the day the outplacement started (YYYY-MM-DD)"))

    list_commands = group(commands, "candidates", translate("cli", "list candidates"))
    json_option(command(list_commands, "list", translate("cli", "list candidates"), list_all))
    erase_parser = command(commands, "erase", translate("cli", "erase a candidate and all their data for good"), erase)
    erase_parser.add_argument("id", type=candidate_reference)
