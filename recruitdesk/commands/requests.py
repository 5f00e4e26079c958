"""``recruitdesk request add|identity|extend|complete`` and ``requests list|due``: the register
of data-subject requests, headless (for scripts and a daily reminder in cron or Task Scheduler).

The printers (``report_*``) take the services' ``RequestView`` whichever vault it came from: a team
vault's handlers (``commands.team_records``) print through them, so both say the same in the same shape.
A request is named by its number, or in a team vault by the first characters of its id.
"""

from __future__ import annotations

import argparse

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.commands.common import (
    SOMETHING_DUE, candidate_number, candidate_reference, clock_on, command, group, json_option, open_for_command, parse_date, print_json,
    printable, shown_id,
)
from recruitdesk.i18n import translate
from recruitdesk.vault.keychain import Keychain

DEFAULT_WINDOW_DAYS = 7
# services.rights_requests.KINDS spelt for the command line; repeated here so building the parser
# does not import the services (a test checks the two agree).
KIND_CHOICES = ("access", "portability", "rectification", "erasure", "restriction", "objection", "consent-withdrawal")


def request_number(reference: str) -> int:
    """A local vault's request number; anything else is a request that does not exist (exit code 3)."""
    from recruitdesk.services.rights_requests import RequestNotFound

    try:
        return int(reference)
    except ValueError:
        raise RequestNotFound(id=reference) from None


def request_reference(value: str) -> str:
    """A request as the command line names it: a local number, or the first characters of a team request's id."""
    return value.strip()


def _line(view, day) -> str:
    from recruitdesk import labels

    if not view.is_open:
        state = translate("cli", "completed on {date}").format(date=view.completed_on.isoformat())
    elif view.overdue_on(day):
        state = translate("cli", "overdue since {date}").format(date=view.deadline.isoformat())
    else:
        state = translate("cli", "answer by {date}").format(date=view.deadline.isoformat())
    who = view.candidate_name or "-"
    return f"{shown_id(view.id):>6}  {labels.label('request_kind', view.kind):<28}  {printable(who):<28}  {state}"


def add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.rights_requests import register

    received = parse_date(args.received) if args.received else None
    candidate = candidate_number(args.candidate) if args.candidate is not None else None
    with open_for_command(args, keychain, clock) as vault:
        view = register(vault, args.kind.replace("-", "_"), received, candidate, args.identity)
    return report_registered(view, args.json)


def report_registered(view, as_json: bool) -> int:
    if as_json:
        print_json(view.to_json())
    else:
        print(translate("cli", "Request {id} registered; answer by {date}.").format(id=shown_id(view.id), date=view.due_on.isoformat()))
    return 0


def identity(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.rights_requests import record_identity_check

    with open_for_command(args, keychain, clock) as vault:
        view = record_identity_check(vault, request_number(args.id), args.how)
    return report_identity(view)


def report_identity(view) -> int:
    print(translate("cli", "Identity check recorded for request {id}.").format(id=shown_id(view.id)))
    return 0


def extend(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.rights_requests import extend as extend_request

    with open_for_command(args, keychain, clock) as vault:
        view = extend_request(vault, request_number(args.id), args.months, args.reason)
    return report_extended(view)


def report_extended(view) -> int:
    print(translate("cli", "Request {id} extended; answer by {date}. Tell the person, with the reasons, before the first month ends.").format(
        id=shown_id(view.id), date=view.deadline.isoformat()))
    return 0


def complete(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.rights_requests import ERASE, ERASURE, complete as complete_request, get_request

    action = chosen_action(args)
    number = request_number(args.id)
    with open_for_command(args, keychain, clock) as vault:
        request = get_request(vault, number)
        confirm_completion(args, request, request.candidate_id is not None and (request.kind == ERASURE or action == ERASE))
        view = complete_request(vault, number, args.outcome, action=action, email=args.email, phone=args.phone)
    return report_completed(view, args.json)


def chosen_action(args: argparse.Namespace) -> str | None:
    """``--erase`` or ``--restrict``: how an objection ends (the services' ``ERASE`` and ``RESTRICT``)."""
    return "erase" if args.erase else "restrict" if args.restrict else None


def confirm_completion(args: argparse.Namespace, view, erases: bool) -> None:
    """Refuse before anything changes: a request whose identity check is not recorded, then an erasure without ``--yes``."""
    from recruitdesk.services.rights_requests import IdentityNotChecked

    if not view.identity_check:
        raise IdentityNotChecked(id=shown_id(view.id))  # before asking to confirm an erasure that could not happen
    if erases and not args.yes:
        raise errors.ConfirmationRequired(count=1)


def report_completed(view, as_json: bool) -> int:
    if as_json:
        print_json(view.to_json())
    else:
        print(translate("cli", "Request {id} completed.").format(id=shown_id(view.id)))
    return 0


def list_all(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.rights_requests import list_requests

    with open_for_command(args, keychain, clock) as vault:
        views = list_requests(vault, open_only=args.open)
    return report_list(views, clock.today(), args.json)


def report_list(views, day, as_json: bool) -> int:
    if as_json:
        print_json([view.to_json() for view in views])
        return 0
    for view in views:
        print(_line(view, day))
    return 0


def due(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.rights_requests import due_requests

    day = clock_on(clock, args.on).today()
    with open_for_command(args, keychain, clock) as vault:
        views = due_requests(vault, day, args.within)
    return report_due(views, day, args.within, args.json)


def report_due(views, day, within: int, as_json: bool) -> int:
    """The requests due (exit code 4 when there are any, for a daily reminder)."""
    if as_json:
        print_json([{**view.to_json(), "overdue": view.overdue_on(day)} for view in views])
    elif not views:
        print(translate("cli", "No request must be answered within {days} days.").format(days=within))
    for view in [] if as_json else views:
        print(_line(view, day))
    return SOMETHING_DUE if views else 0


def register(commands: argparse._SubParsersAction) -> None:
    request_help = translate("cli", "the request's number (in a team vault: the first digits of its id)")
    request_commands = group(commands, "request", translate("cli", "register and answer data-subject requests (access, erasure, ...)"))
    add_parser = command(request_commands, "add", translate("cli", "register a request; the answer is due one month after receipt"), add)
    add_parser.add_argument("kind", choices=KIND_CHOICES)
    add_parser.add_argument("--received", metavar="DATE", help=translate("cli", "the day the request was received (YYYY-MM-DD; default today)"))
    add_parser.add_argument("--candidate", metavar="ID", type=candidate_reference, help=translate(
        "cli", "the candidate the request is about (in a team vault: the first digits of their id, or their name)"))
    add_parser.add_argument("--identity", metavar="TEXT", help=translate("cli", "how the person's identity was checked"))
    json_option(add_parser)
    identity_parser = command(request_commands, "identity", translate("cli", "record how the person's identity was checked"), identity)
    identity_parser.add_argument("id", type=request_reference, help=request_help)
    identity_parser.add_argument("--how", metavar="TEXT", required=True, help=translate("cli", "how the identity was checked"))
    extend_parser = command(request_commands, "extend", translate("cli", "extend the answer period by one or two months (within the first month, with reasons)"), extend)
    extend_parser.add_argument("id", type=request_reference, help=request_help)
    extend_parser.add_argument("--months", type=int, choices=(1, 2), required=True, help=translate("cli", "months beyond the first month"))
    extend_parser.add_argument("--reason", metavar="TEXT", required=True, help=translate("cli", "the reasons you give the person"))
    complete_parser = command(request_commands, "complete", translate("cli", "complete a request, saying what was done"), complete)
    complete_parser.add_argument("id", type=request_reference, help=request_help)
    complete_parser.add_argument("--outcome", metavar="TEXT", required=True, help=translate("cli", "what was done"))
    choice = complete_parser.add_mutually_exclusive_group()
    choice.add_argument("--erase", action="store_true", help=translate("cli", "objection: erase the person's data"))
    choice.add_argument("--restrict", action="store_true", help=translate("cli", "objection: restrict processing of the person's data"))
    complete_parser.add_argument("--email", help=translate("cli", "objection: an email address to put on the suppression list"))
    complete_parser.add_argument("--phone", help=translate("cli", "objection: a phone number to put on the suppression list"))
    complete_parser.add_argument("--yes", action="store_true", help=translate("cli", "confirm the erasure"))
    json_option(complete_parser)

    list_commands = group(commands, "requests", translate("cli", "list data-subject requests and what is due"))
    list_parser = command(list_commands, "list", translate("cli", "list requests, the most urgent first"), list_all)
    list_parser.add_argument("--open", action="store_true", help=translate("cli", "only requests still to be answered"))
    json_option(list_parser)
    due_parser = command(list_commands, "due", translate("cli", "list requests overdue or to be answered soon (exit code 4 when there are any)"), due)
    due_parser.add_argument("--on", metavar="DATE", help=translate("cli", "check as on this day (YYYY-MM-DD) instead of today"))
    due_parser.add_argument("--within", metavar="DAYS", type=int, default=DEFAULT_WINDOW_DAYS, help=translate("cli", "days ahead to look (default 7)"))
    json_option(due_parser)
