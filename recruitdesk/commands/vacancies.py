"""``recruitdesk vacancy add|list|close|hold|reopen``, ``apply`` and ``stage``: the vacancy board from a script.

The ``report_*`` printers print a local vault's rows and a team's alike (``commands.team_work``); a
vacancy, an application or a candidate is named by its number, or on a team by the first
characters of its id.
"""

from __future__ import annotations

import argparse

from typing import Sequence

from recruitdesk.clock import Clock
from recruitdesk.commands import candidates
from recruitdesk.commands.common import (
    candidate_number, candidate_reference, command, group, json_option, open_for_command, parse_date, print_json, printable, shown_id,
)
from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_, translate
from recruitdesk.vault.keychain import Keychain


VACANCY_HELP = N_("cli", "the vacancy's number (in a team vault: the first characters of its id)")


def reference(value: str) -> str:
    """How a command names a vacancy or an application: a local vault's number, or the first characters
    of a team's id; checked by the handler (``number``)."""
    return value.strip()


def number(value: str, not_found: type[RecruitDeskError]) -> int:
    """A local vault's number; anything else names nothing (exit code 3, as a number that does not exist)."""
    try:
        return int(value)
    except ValueError:
        raise not_found(id=value) from None


def add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.vacancies import add_vacancy, vacancy_row

    opened = parse_date(args.opened) if args.opened else None
    with open_for_command(args, keychain, clock) as vault:
        vacancy_id = add_vacancy(vault, args.title, client=args.client, location=args.location, owner=args.owner,
                                 opened_on=opened, stages=stages_option(args))
        row = vacancy_row(vault, vacancy_id)
    report_added(row, args.json)
    return 0


def stages_option(args: argparse.Namespace) -> list[str] | None:
    return [part for part in args.stages.split(",")] if args.stages else None


def report_added(row, as_json: bool) -> None:
    """What ``vacancy add`` prints, on a local or a team vault (a ``VacancyRow`` or a ``team_board.BoardVacancy``)."""
    if as_json:
        print_json(row.to_json())
    else:
        print(translate("cli", "Vacancy {id} added.").format(id=shown_id(row.id)))


def list_all(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.vacancies import ACTIVE_STATUSES, list_vacancies

    with open_for_command(args, keychain, clock) as vault:
        rows = list_vacancies(vault, search=args.search, statuses=None if args.all else ACTIVE_STATUSES)
    report_list(rows, args.json)
    return 0


def report_list(rows: Sequence, as_json: bool) -> None:
    """What ``vacancy list`` prints: each vacancy with its applications per stage."""
    from recruitdesk import labels
    from recruitdesk.services.stages import stage_label

    if as_json:
        print_json([row.to_json() for row in rows])
        return
    if not rows:
        print(translate("cli", "No vacancies found."))
    for row in rows:
        counts = ", ".join(f"{stage_label(stage)} {row.count(stage)}" for stage in row.stages if row.count(stage))
        title = printable(translate("cli", "{title} ({client})").format(title=row.title, client=row.client) if row.client else row.title)
        print(f"{shown_id(row.id):>5}  {title:<40}  {labels.label('vacancy_status', row.status):<12}  {printable(counts) or '-'}")


def close(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.stages import ApplicationNotFound, VacancyNotFound
    from recruitdesk.services.vacancy_closing import close_vacancy

    on = parse_date(args.on) if args.on else None
    vacancy_id = number(args.id, VacancyNotFound)
    hired = sorted({number(value, ApplicationNotFound) for value in args.hired or []})
    with open_for_command(args, keychain, clock) as vault:
        rejected = close_vacancy(vault, vacancy_id, hired=hired, on=on, status="cancelled" if args.cancelled else "filled")
    report_closed(vacancy_id, args.cancelled, hired, rejected, args.json)
    return 0


def report_closed(vacancy_id: object, cancelled: bool, hired: Sequence, rejected: Sequence, as_json: bool) -> None:
    """What ``vacancy close`` prints: the hired and the applications that ended as not hired."""
    if as_json:
        print_json({"vacancy": vacancy_id, "status": "cancelled" if cancelled else "filled", "hired": list(hired),
                    "rejected": list(rejected)})
    else:
        print(translate("cli", "Vacancy {id} is closed; the procedures of {count} candidates still in it ended as not hired.").format(
            id=shown_id(vacancy_id), count=len(rejected)))


def set_status(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    """``hold`` and ``reopen``: the same change as the board's Edit dialog. Nobody in the
    procedure moves by themselves; a reopened filled or cancelled vacancy starts empty."""
    from recruitdesk.services.stages import VacancyNotFound
    from recruitdesk.services.vacancies import ON_HOLD, OPEN, edit_vacancy

    status = ON_HOLD if args.status_command == "hold" else OPEN
    with open_for_command(args, keychain, clock) as vault:
        row = edit_vacancy(vault, number(args.id, VacancyNotFound), status=status)
    report_status(row, args.json)
    return 0


def report_status(row, as_json: bool) -> None:
    """What ``vacancy hold|reopen`` prints."""
    from recruitdesk.services.vacancies import ON_HOLD

    if as_json:
        print_json(row.to_json())
    elif row.status == ON_HOLD:
        print(translate("cli", "Vacancy {id} is on hold.").format(id=shown_id(row.id)))
    else:
        print(translate("cli", "Vacancy {id} is open.").format(id=shown_id(row.id)))


def apply(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.applications import apply as apply_for
    from recruitdesk.services.stages import VacancyNotFound

    on = parse_date(args.on) if args.on else None
    candidate, vacancy = candidate_number(args.candidate), number(args.vacancy_named, VacancyNotFound)
    with open_for_command(args, keychain, clock) as vault:
        application_id = apply_for(vault, candidate, vacancy, on=on)
    report_applied(application_id, candidate, vacancy, args.json)
    return 0


def report_applied(application_id: object, candidate_id: object, vacancy_id: object, as_json: bool) -> None:
    """What ``apply`` prints."""
    if as_json:
        print_json({"application": application_id, "candidate": candidate_id, "vacancy": vacancy_id})
    else:
        print(translate("cli", "Candidate {candidate} applied for vacancy {vacancy}: application {id}.").format(
            candidate=shown_id(candidate_id), vacancy=shown_id(vacancy_id), id=shown_id(application_id)))


def stage(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.applications import move_stage
    from recruitdesk.services.stages import ApplicationNotFound

    on = parse_date(args.on) if args.on else None
    with open_for_command(args, keychain, clock) as vault:
        row = move_stage(vault, number(args.application, ApplicationNotFound), args.stage, on=on)
    report_moved(row, args.json)
    return 0


def report_moved(row, as_json: bool) -> None:
    """What ``stage`` prints (an ``ApplicationRow`` or a ``team_board.BoardApplication``)."""
    from recruitdesk.services.stages import stage_label

    if as_json:
        print_json(row.to_json())
    else:
        print(translate("cli", "Application {id} is now in the stage {stage}.").format(id=shown_id(row.id),
                                                                                     stage=printable(stage_label(row.stage))))


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
    close_parser.add_argument("id", type=reference, help=translate("cli", VACANCY_HELP))
    close_parser.add_argument("--hired", metavar="APPLICATION", type=reference, nargs="*", help=translate(
        "cli", "the numbers of the hired applications (in a team vault: the first characters of their ids)"))
    close_parser.add_argument("--on", metavar="DATE", help=translate("cli", "the day the procedures end (YYYY-MM-DD, default today)"))
    close_parser.add_argument("--cancelled", action="store_true", help=translate("cli", "the vacancy was cancelled: nobody was hired"))
    json_option(close_parser)
    hold_parser = command(vacancy_commands, "hold", translate("cli", "put a vacancy on hold (its procedures stay as they are)"), set_status)
    reopen_parser = command(vacancy_commands, "reopen", translate(
        "cli", "open a vacancy on hold, or a filled or cancelled one again (nobody comes back by themselves)"), set_status)
    for name, status_parser in (("hold", hold_parser), ("reopen", reopen_parser)):
        status_parser.add_argument("id", type=reference, help=translate("cli", VACANCY_HELP))
        status_parser.set_defaults(status_command=name)
        json_option(status_parser)

    apply_parser = command(commands, "apply", translate("cli", "put a candidate in a vacancy's procedure"), apply)
    apply_parser.add_argument("candidate", type=candidate_reference, help=translate("cli", candidates.CANDIDATE_HELP))
    # not ``args.vacancy``: on a team folder that is ``import --vacancy``, an option refused there (``team_routing``)
    apply_parser.add_argument("vacancy_named", metavar="vacancy", type=reference, help=translate("cli", VACANCY_HELP))
    apply_parser.add_argument("--on", metavar="DATE", help=translate("cli", "the application date (YYYY-MM-DD, default today)"))
    json_option(apply_parser)
    stage_parser = command(commands, "stage", translate("cli", "move an application to another stage"), stage)
    stage_parser.add_argument("application", type=reference, help=translate("cli", "the application's number (in a team vault: the first characters of its id)"))
    stage_parser.add_argument("stage", help=translate("cli", "the stage (e.g. interview, hired, rejected)"))
    stage_parser.add_argument("--on", metavar="DATE", help=translate("cli", "the day of the move (YYYY-MM-DD, default today)"))
    json_option(stage_parser)
