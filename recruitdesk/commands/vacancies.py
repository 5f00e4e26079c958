"""``recruitdesk vacancy add|list|close|hold|reopen``, ``apply`` and ``stage``: the vacancy board from a script."""

from __future__ import annotations

import argparse

from recruitdesk.clock import Clock
from recruitdesk.commands.common import command, group, json_option, open_for_command, parse_date, print_json, printable
from recruitdesk.i18n import translate
from recruitdesk.vault.keychain import Keychain


def add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.vacancies import add_vacancy, vacancy_row

    opened = parse_date(args.opened) if args.opened else None
    stages = [part for part in args.stages.split(",")] if args.stages else None
    with open_for_command(args, keychain, clock) as vault:
        vacancy_id = add_vacancy(vault, args.title, client=args.client, location=args.location, owner=args.owner,
                                 opened_on=opened, stages=stages)
        row = vacancy_row(vault, vacancy_id)
    if args.json:
        print_json(row.to_json())
    else:
        print(translate("cli", "Vacancy {id} added.").format(id=vacancy_id))
    return 0


def list_all(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk import labels
    from recruitdesk.services.stages import stage_label
    from recruitdesk.services.vacancies import ACTIVE_STATUSES, list_vacancies

    with open_for_command(args, keychain, clock) as vault:
        rows = list_vacancies(vault, search=args.search, statuses=None if args.all else ACTIVE_STATUSES)
    if args.json:
        print_json([row.to_json() for row in rows])
        return 0
    if not rows:
        print(translate("cli", "No vacancies found."))
    for row in rows:
        counts = ", ".join(f"{stage_label(stage)} {row.count(stage)}" for stage in row.stages if row.count(stage))
        title = printable(translate("cli", "{title} ({client})").format(title=row.title, client=row.client) if row.client else row.title)
        print(f"{row.id:>5}  {title:<40}  {labels.label('vacancy_status', row.status):<12}  {printable(counts) or '-'}")
    return 0


def close(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.vacancy_closing import close_vacancy

    on = parse_date(args.on) if args.on else None
    with open_for_command(args, keychain, clock) as vault:
        rejected = close_vacancy(vault, args.id, hired=args.hired or [], on=on, status="cancelled" if args.cancelled else "filled")
    if args.json:
        print_json({"vacancy": args.id, "status": "cancelled" if args.cancelled else "filled", "hired": sorted(set(args.hired or [])),
                    "rejected": rejected})
    else:
        print(translate("cli", "Vacancy {id} is closed; the procedures of {count} candidates still in it ended as not hired.").format(
            id=args.id, count=len(rejected)))
    return 0


def set_status(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    """``hold`` and ``reopen``: the same change as the board's Edit dialog. Nobody in the
    procedure moves by themselves; a reopened filled or cancelled vacancy starts empty."""
    from recruitdesk.services.vacancies import ON_HOLD, OPEN, edit_vacancy

    status = ON_HOLD if args.status_command == "hold" else OPEN
    with open_for_command(args, keychain, clock) as vault:
        row = edit_vacancy(vault, args.id, status=status)
    if args.json:
        print_json(row.to_json())
    elif status == ON_HOLD:
        print(translate("cli", "Vacancy {id} is on hold.").format(id=args.id))
    else:
        print(translate("cli", "Vacancy {id} is open.").format(id=args.id))
    return 0


def apply(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.applications import apply as apply_for

    on = parse_date(args.on) if args.on else None
    with open_for_command(args, keychain, clock) as vault:
        application_id = apply_for(vault, args.candidate, args.vacancy, on=on)
    if args.json:
        print_json({"application": application_id, "candidate": args.candidate, "vacancy": args.vacancy})
    else:
        print(translate("cli", "Candidate {candidate} applied for vacancy {vacancy}: application {id}.").format(
            candidate=args.candidate, vacancy=args.vacancy, id=application_id))
    return 0


def stage(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.applications import move_stage
    from recruitdesk.services.stages import stage_label

    on = parse_date(args.on) if args.on else None
    with open_for_command(args, keychain, clock) as vault:
        row = move_stage(vault, args.application, args.stage, on=on)
    if args.json:
        print_json(row.to_json())
    else:
        print(translate("cli", "Application {id} is now in the stage {stage}.").format(id=row.id, stage=printable(stage_label(row.stage))))
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    vacancy_commands = group(commands, "vacancy", translate("cli", "add, list and close vacancies"))
    add_parser = command(vacancy_commands, "add", translate("cli", "add an open vacancy"), add)
    add_parser.add_argument("--title", metavar="TEXT", required=True, help=translate("cli", "the job title"))
    add_parser.add_argument("--client", metavar="TEXT", help=translate("cli", "the client the vacancy is for (agencies)"))
    add_parser.add_argument("--location", metavar="TEXT", help=translate("cli", "where the job is"))
    add_parser.add_argument("--owner", metavar="TEXT", help=translate("cli", "the recruiter in charge"))
    add_parser.add_argument("--opened", metavar="DATE", help=translate("cli", "the day it opened (YYYY-MM-DD, default today)"))
    add_parser.add_argument("--stages", metavar="LIST", help=translate(
        "cli", "the stages before Hired, Rejected and Withdrawn, comma-separated (default: New,Screening,Interview,Offer)"))
    json_option(add_parser)
    list_parser = command(vacancy_commands, "list", translate("cli", "list open vacancies with the applications per stage"), list_all)
    list_parser.add_argument("--search", metavar="WORDS", help=translate("cli", "only vacancies whose title, client, location or owner has these words"))
    list_parser.add_argument("--all", action="store_true", help=translate("cli", "also filled and cancelled vacancies"))
    json_option(list_parser)
    close_parser = command(vacancy_commands, "close", translate(
        "cli", "close a vacancy: the hired are hired, everyone else still in it is not hired, on the same day"), close)
    close_parser.add_argument("id", type=int, help=translate("cli", "the vacancy's number"))
    close_parser.add_argument("--hired", metavar="APPLICATION", type=int, nargs="*", help=translate("cli", "the numbers of the hired applications"))
    close_parser.add_argument("--on", metavar="DATE", help=translate("cli", "the day the procedures end (YYYY-MM-DD, default today)"))
    close_parser.add_argument("--cancelled", action="store_true", help=translate("cli", "the vacancy was cancelled: nobody was hired"))
    json_option(close_parser)
    hold_parser = command(vacancy_commands, "hold", translate("cli", "put a vacancy on hold (its procedures stay as they are)"), set_status)
    reopen_parser = command(vacancy_commands, "reopen", translate(
        "cli", "open a vacancy on hold, or a filled or cancelled one again (nobody comes back by themselves)"), set_status)
    for name, status_parser in (("hold", hold_parser), ("reopen", reopen_parser)):
        status_parser.add_argument("id", type=int, help=translate("cli", "the vacancy's number"))
        status_parser.set_defaults(status_command=name)
        json_option(status_parser)

    apply_parser = command(commands, "apply", translate("cli", "put a candidate in a vacancy's procedure"), apply)
    apply_parser.add_argument("candidate", type=int, help=translate("cli", "the candidate's number"))
    apply_parser.add_argument("vacancy", type=int, help=translate("cli", "the vacancy's number"))
    apply_parser.add_argument("--on", metavar="DATE", help=translate("cli", "the application date (YYYY-MM-DD, default today)"))
    json_option(apply_parser)
    stage_parser = command(commands, "stage", translate("cli", "move an application to another stage"), stage)
    stage_parser.add_argument("application", type=int, help=translate("cli", "the application's number"))
    stage_parser.add_argument("stage", help=translate("cli", "the stage (e.g. interview, hired, rejected)"))
    stage_parser.add_argument("--on", metavar="DATE", help=translate("cli", "the day of the move (YYYY-MM-DD, default today)"))
    json_option(stage_parser)
