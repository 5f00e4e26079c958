"""The recruiter's daily work on a team vault, with the local command lines: the vacancy board and the candidates.

``commands.team_routing`` sends ``recruitdesk vacancy add|list|close|hold|reopen``, ``apply``,
``stage``, ``candidate add|outcome|contact|outplacement``, ``retention due|apply`` and
``processing-record`` here when ``--vault`` is a team folder (``backup`` and ``restore`` too, to
say that a team's backups are its server's). Each handler does what the team window does (``services.team_board``
over ``services.team_vacancies``, ``services.team_candidate_cli``, ``services.team_retention_cli``,
``services.team_processing_record``:
the version read before each save, the team's erasure, a DPO refused in their own language) and
prints with the local command's printer, in text and in ``--json``. A team's ids are opaque: a vacancy, an application or a candidate is named by the first
characters of its id (a candidate also by words of their name), and shown by them.
"""

from __future__ import annotations

import argparse
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from recruitdesk.clock import Clock
from recruitdesk.commands import candidates, export, retention, team, vacancies, vault
from recruitdesk.commands.common import SOMETHING_DUE, clock_on, parse_date
from recruitdesk.paths import resolve_vault_folder
from recruitdesk.services.vacancies import ACTIVE_STATUSES
from recruitdesk.vault.keychain import Keychain

if TYPE_CHECKING:  # the team's machinery (the CV import's readers among it) loads when a team command runs, not at start
    from recruitdesk.services.team_desk import TeamDesk


def _desk(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> AbstractContextManager[TeamDesk]:
    from recruitdesk.services.team_commands import opened_desk

    return opened_desk(resolve_vault_folder(args.vault), team.keychain_or_system(keychain), clock)


def _day(value: str | None):
    return parse_date(value) if value else None


# --- the vacancy board ---------------------------------------------------------------------------
def vacancy_add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_board import add_vacancy

    opened = _day(args.opened)
    with _desk(args, keychain, clock) as desk:
        row = add_vacancy(desk, args.title, args.client, args.location, args.owner, opened, vacancies.stages_option(args))
    vacancies.report_added(row, args.json)
    return 0


def vacancy_list(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_board import list_vacancies

    with _desk(args, keychain, clock) as desk:
        rows = list_vacancies(desk, args.search, None if args.all else ACTIVE_STATUSES)
    vacancies.report_list(rows, args.json)
    return 0


def vacancy_close(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_board import close_vacancy

    on = _day(args.on)
    with _desk(args, keychain, clock) as desk:
        row, hired, rejected = close_vacancy(desk, args.id, args.hired or [], on, args.cancelled)
    vacancies.report_closed(row.id, args.cancelled, hired, rejected, args.json)
    return 0


def vacancy_status(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_board import set_vacancy_status

    with _desk(args, keychain, clock) as desk:
        row = set_vacancy_status(desk, args.id, on_hold=args.status_command == "hold")
    vacancies.report_status(row, args.json)
    return 0


def apply(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_board import apply as apply_for

    on = _day(args.on)
    with _desk(args, keychain, clock) as desk:
        row = apply_for(desk, args.candidate, args.vacancy_named, on)
    vacancies.report_applied(row.id, row.candidate_id, row.vacancy_id, args.json)
    return 0


def stage(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_board import move

    on = _day(args.on)
    with _desk(args, keychain, clock) as desk:
        row = move(desk, args.application, args.stage, on)
    vacancies.report_moved(row, args.json)
    return 0


# --- candidates and their facts --------------------------------------------------------------------
def candidate_add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_candidate_cli import add_candidate

    applied, started = _day(args.applied), _day(args.outplacement_start)
    with _desk(args, keychain, clock) as desk:
        candidate_id, suppressed = add_candidate(desk, args.name, args.email, args.phone, applied, candidates.source_option(args),
                                                 started)
    candidates.report_added(candidate_id, suppressed, args.json)
    return 0


def candidate_outcome(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_candidate_cli import record_outcome

    with _desk(args, keychain, clock) as desk:
        candidate_id = record_outcome(desk, args.id, candidates.outcome_option(args), parse_date(args.on))
    candidates.report_outcome(candidate_id)
    return 0


def candidate_contact(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_candidate_cli import record_contact

    with _desk(args, keychain, clock) as desk:
        candidate_id = record_contact(desk, args.id, parse_date(args.on))
    candidates.report_contact(candidate_id)
    return 0


def candidate_outplacement(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_candidate_cli import record_outplacement_start

    started = parse_date(args.started)
    with _desk(args, keychain, clock) as desk:
        candidate_id = record_outplacement_start(desk, args.id, started)
    candidates.report_outplacement(candidate_id, started)
    return 0


# --- retention -----------------------------------------------------------------------------------
def retention_due(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    """As locally: exit code 4 when someone is overdue or due within ``--within`` days (default: the
    team's alert window, two weeks, as the team's dashboard and daily check count)."""
    from recruitdesk.services.team_retention import ALERT_DAYS
    from recruitdesk.services.team_retention_cli import due_items

    day = clock_on(clock, args.on).today()
    within = ALERT_DAYS if args.within is None else args.within
    with _desk(args, keychain, clock) as desk:
        items = due_items(desk, day, within)
    retention.report_due(items, within, args.json)
    return SOMETHING_DUE if items else 0


def retention_apply(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    """Erase everyone whose deadline has come, through the team's erasure, holding the daily check's lock."""
    from recruitdesk.services.team_retention_cli import erase_due

    day = clock_on(clock, args.on).today()
    with _desk(args, keychain, clock) as desk:
        erased = erase_due(desk, day, args.yes)
    retention.report_erased(erased, args.json)
    return 0


# --- the record of processing activities --------------------------------------------------------------
def processing_record(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    """The team's Art. 30 record: its policy in force and its firm profile (every member may write it)."""
    from recruitdesk.services.team_processing_record import write_team_processing_record

    target = export.record_target(args, clock)
    with _desk(args, keychain, clock) as desk:
        path = write_team_processing_record(desk, target)
    export.report_record(path)
    return 0


# --- backups: the server's -------------------------------------------------------------------------
def backup_refused(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    """``backup`` and ``restore`` stay a local vault's: a team's backups are its server's, said in words."""
    from recruitdesk import errors

    raise errors.BackupNotForTeamVault(command=args.command)


def country(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    """``vault country`` on a team: the team's country (in its sealed firm profile), set by an administrator."""
    from recruitdesk.services import team_firm

    with _desk(args, keychain, clock) as desk:
        chosen = team_firm.save_country(desk, args.code) if args.code is not None else team_firm.phone_country(desk)
    return vault.report_country(args, chosen)
