"""The suppression list, the audit trail, notes, consents, requests and holds on a team vault, with the local command lines.

``commands.team_routing`` sends ``recruitdesk suppression|audit|note|consent|request|requests|hold|release|extend``
and ``retention hold|release`` here when ``--vault`` is a team folder. Each handler does its work through the
team's services and prints through its local counterpart's printer (``report_*`` in ``commands.suppression``,
``audit``, ``note``, ``consent``, ``requests``, ``hold`` and ``retention``), in text and in ``--json``, so the
two cannot drift apart; a team's record reaches a printer as the local view (``team_commands.request_view``,
``consent_view``) or as a row of the same shape. A team's ids are opaque, so an entry, a note, a consent or a
request is shown (and named) by the first characters of its id (``common.shown_id``), and a candidate also by
words of their name. The team's rules are the services' (``services.team_commands``, ``services.team_audit_cli``):
only an administrator removes a suppression entry, a recruiter reads only their own audit entries and requests,
a DPO changes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Callable

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.commands import audit, consent, note, requests, retention, suppression, team
from recruitdesk.commands import hold as holds
from recruitdesk.commands.common import clock_on, parse_date, shown_id
from recruitdesk.paths import resolve_vault_folder
from recruitdesk.vault.keychain import Keychain


def _desk(args: argparse.Namespace, keychain: Keychain | None, clock: Clock):
    from recruitdesk.services.team_commands import opened_desk

    return opened_desk(resolve_vault_folder(args.vault), team.keychain_or_system(keychain), clock)


# --- the suppression list ----------------------------------------------------------------------
def suppression_list(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_suppression import list_entries

    with _desk(args, keychain, clock) as desk:
        listing = list_entries(desk, include_removed=args.all)
    return suppression.report_list(listing, args.json)


def suppression_add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import SuppressionAddNotForTeam

    raise SuppressionAddNotForTeam()


def suppression_remove(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import remove_suppression_entry

    with _desk(args, keychain, clock) as desk:
        row = remove_suppression_entry(desk, args.entry, args.reason)
    return suppression.report_removed(row.id)


# --- the audit trail ---------------------------------------------------------------------------
def audit_verify(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_audit_cli import verify

    with _desk(args, keychain, clock) as desk:
        report = verify(desk)
    return audit.report_verified(report, args.json)


def audit_list(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_audit_cli import entries

    where = audit.audit_filter(args)
    with _desk(args, keychain, clock) as desk:
        rows = entries(desk, where, limit=args.limit)
    return audit.report_entries(rows, args.json, actors=True)


def audit_export(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_audit_cli import export_xlsx

    target = audit.export_target(args, clock)
    where = audit.audit_filter(args)
    with _desk(args, keychain, clock) as desk:
        path = export_xlsx(desk, target, where)
    return audit.report_written(path)


# --- notes ----------------------------------------------------------------------------------------
def note_add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import candidate_named
    from recruitdesk.services.team_notes import add_note

    body = sys.stdin.read() if args.text == "-" else args.text
    with _desk(args, keychain, clock) as desk:
        found = candidate_named(desk, args.candidate)
        view = add_note(desk, found.candidate_id, args.kind, body, source=args.source, discussed_with_candidate=args.discussed)
    return note.report_added(view, args.json)


def note_list(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import candidate_named
    from recruitdesk.services.team_notes import notes_of

    with _desk(args, keychain, clock) as desk:
        views = notes_of(desk, candidate_named(desk, args.candidate).candidate_id)
    return note.report_notes(views, args.json)


# --- consents -------------------------------------------------------------------------------------
# Printed from the local consent's view (``team_commands.consent_view``).
def consent_add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import candidate_named, consent_view, give_consent

    given = parse_date(args.given) if args.given else clock.today()
    with _desk(args, keychain, clock) as desk:
        found = candidate_named(desk, args.candidate)
        line = give_consent(desk, found.candidate_id, args.purpose, given, args.channel, args.text, args.text_version, args.evidence)
    return consent.report_added(consent_view(line), args.json)


def consent_list(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import candidate_named, consent_view
    from recruitdesk.services.team_consents import consents

    with _desk(args, keychain, clock) as desk:
        lines = list(reversed(consents(desk, candidate_named(desk, args.candidate).candidate_id)))  # newest first, as locally
    return consent.report_list([consent_view(line) for line in lines], args.json)


def consent_withdraw(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import consent_view, withdraw_consent

    if args.on and parse_date(args.on) != clock.today():
        raise errors.OptionNotForTeamVault(option="--on")  # a team's withdrawal is dated the day it is recorded
    with _desk(args, keychain, clock) as desk:
        line = withdraw_consent(desk, args.consent)
    return consent.report_withdrawn(consent_view(line))


# --- the request register ----------------------------------------------------------------------
# Printed by ``commands.requests``' printers from the local register's view (``team_commands.request_view``).
def request_add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import register_request, request_view

    received = parse_date(args.received) if args.received else clock.today()
    with _desk(args, keychain, clock) as desk:
        row = register_request(desk, args.kind.replace("-", "_"), received, args.candidate, args.identity)
    return requests.report_registered(request_view(row), args.json)


def request_identity(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import record_request_identity, request_view

    with _desk(args, keychain, clock) as desk:
        row = record_request_identity(desk, args.id, args.how)
    return requests.report_identity(request_view(row))


def request_extend(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import extend_named_request, request_view

    with _desk(args, keychain, clock) as desk:
        row = extend_named_request(desk, args.id, args.months, args.reason)
    return requests.report_extended(request_view(row))


def request_complete(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    """As locally, over the version just read: the identity check must be recorded, an erasure needs ``--yes``.
    A team's objection suppresses the contact details registered with the request: ``--email`` and ``--phone`` are refused."""
    from recruitdesk.services.team_commands import complete_named_request, request_named, request_view
    from recruitdesk.services.team_register import erases_candidate

    for option in ("email", "phone"):
        if getattr(args, option, None):
            raise errors.OptionNotForTeamVault(option="--" + option)
    action = requests.chosen_action(args)
    with _desk(args, keychain, clock) as desk:
        row = request_named(desk, args.id)
        requests.confirm_completion(args, request_view(row), erases_candidate(row, action))
        done = complete_named_request(desk, row, args.outcome, action)
    return requests.report_completed(request_view(done), args.json)


def requests_list(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import request_view
    from recruitdesk.services.team_register import read_register

    with _desk(args, keychain, clock) as desk:
        rows = [row for row in read_register(desk).rows if row.is_open or not args.open]
    return requests.report_list([request_view(row) for row in rows], clock.today(), args.json)


def requests_due(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    """As locally: the open requests overdue or due within ``--within`` days, exit code 4 when there are any."""
    from recruitdesk.services.team_commands import request_view
    from recruitdesk.services.team_register import read_register

    day = clock_on(clock, args.on).today()
    horizon = day + dt.timedelta(days=args.within)
    with _desk(args, keychain, clock) as desk:
        rows = sorted((row for row in read_register(desk).rows if row.is_open and row.deadline <= horizon),
                      key=lambda row: (row.deadline, str(row.request_id)))
    return requests.report_due([request_view(row) for row in rows], day, args.within, args.json)


# --- legal hold and extension -------------------------------------------------------------------
# ``hold|release|extend`` and ``retention hold|release``, printed by their local printers.
def hold(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    return _hold(args, keychain, clock, holds.report_held)


def retention_hold(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    return _hold(args, keychain, clock, retention.report_held)


def _hold(args: argparse.Namespace, keychain: Keychain | None, clock: Clock, report: Callable[[object], int]) -> int:
    from recruitdesk.services.team_commands import candidate_named, set_legal_hold

    with _desk(args, keychain, clock) as desk:
        found = candidate_named(desk, args.id)
        set_legal_hold(desk, found.candidate_id, args.reason)
    return report(shown_id(found.candidate_id))


def release(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    return _release(args, keychain, clock, holds.report_released)


def retention_release(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    return _release(args, keychain, clock, retention.report_released)


def _release(args: argparse.Namespace, keychain: Keychain | None, clock: Clock, report: Callable[[object], int]) -> int:
    from recruitdesk.services.team_commands import candidate_named, release_legal_hold

    with _desk(args, keychain, clock) as desk:
        found = candidate_named(desk, args.id)
        release_legal_hold(desk, found.candidate_id, args.reason)
    return report(shown_id(found.candidate_id))


def extend(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import candidate_named, extend_retention

    until = parse_date(args.until)
    with _desk(args, keychain, clock) as desk:
        found = candidate_named(desk, args.id)
        extend_retention(desk, found.candidate_id, until, args.reason)
    return holds.report_kept(shown_id(found.candidate_id), until)
