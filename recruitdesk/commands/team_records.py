"""The suppression list, the audit trail, notes, consents, requests and holds on a team vault, with the local command lines.

``commands.team_routing`` sends ``recruitdesk suppression|audit|note|consent|request|requests|hold|release|extend``
here when ``--vault`` is a team folder. Each handler prints what its local counterpart prints, in text and in
``--json``; a team's ids are opaque, so an entry, a note or a consent is shown (and named) by the
first characters of its id, and a candidate also by words of their name. The team's rules are
the services' (``services.team_commands``, ``services.team_audit_cli``): only an administrator
removes a suppression entry, a recruiter reads only their own audit entries, a DPO changes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Callable
from uuid import UUID

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.commands import audit, note, requests, retention, team
from recruitdesk.commands import hold as holds
from recruitdesk.commands.common import AUDIT_BROKEN, clock_on, parse_date, print_json, printable
from recruitdesk.i18n import translate
from recruitdesk.paths import resolve_vault_folder
from recruitdesk.vault.keychain import Keychain

SHORT = 8  # the characters of an opaque id shown, as ``candidates list`` shows a candidate's


def _short(value: object) -> str:
    return str(value)[:SHORT]


def _desk(args: argparse.Namespace, keychain: Keychain | None, clock: Clock):
    from recruitdesk.services.team_commands import opened_desk

    return opened_desk(resolve_vault_folder(args.vault), team.keychain_or_system(keychain), clock)


# --- the suppression list ----------------------------------------------------------------------
def suppression_list(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.suppression import BASIS_LABELS
    from recruitdesk.services.team_suppression import list_entries

    with _desk(args, keychain, clock) as desk:
        listing = list_entries(desk, include_removed=args.all)
    if args.json:
        print_json(listing.to_json())
        return 0
    counts = listing.counts()
    print(translate("cli", "On the suppression list: {objection} from objections, {erasure} from erasure requests, {manual} marked by a recruiter.").format(
        objection=counts["objection"], erasure=counts["erasure_request"], manual=counts.get("manual", 0)))
    for row in listing.rows:
        request = translate("cli", "request {id}").format(id=row.request_id) if row.request_id else "-"
        removed = translate("cli", "removed on {date}").format(date=row.removed_on.isoformat()) if row.removed_on else ""
        print(f"{_short(row.id):>6}  {row.kind:<16}  {translate('suppression', BASIS_LABELS[row.basis]):<36}  {request:<14}  "
              f"{row.basis_on.isoformat() if row.basis_on else '-'}  {removed}".rstrip())
    return 0


def suppression_add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import SuppressionAddNotForTeam

    raise SuppressionAddNotForTeam()


def suppression_remove(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import remove_suppression_entry

    with _desk(args, keychain, clock) as desk:
        row = remove_suppression_entry(desk, args.entry, args.reason)
    print(translate("cli", "Entry {id} was removed from the suppression list.").format(id=_short(row.id)))
    return 0


# --- the audit trail ---------------------------------------------------------------------------
def audit_verify(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_audit_cli import verify

    with _desk(args, keychain, clock) as desk:
        report = verify(desk)
    if args.json:
        print_json(report.to_json())
    else:
        print(report.message())
    return 0 if report.intact else AUDIT_BROKEN


def audit_list(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_audit_cli import entries

    where = audit.audit_filter(args)
    with _desk(args, keychain, clock) as desk:
        rows = entries(desk, where, limit=args.limit)
    if args.json:
        print_json([row.to_json() for row in rows])
        return 0
    for row in rows:
        details = ", ".join(f"{key}={value}" for key, value in sorted(row.details.items()))
        print(f"{row.number or '-':>6}  {row.at:%Y-%m-%d %H:%M}  {row.action:<30}  {row.candidate_uid or '-':<36}  "
              f"{printable(row.actor):<24}  {printable(details)}".rstrip())
    return 0


def audit_export(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.audit_trail import default_name
    from recruitdesk.services.team_audit_cli import export_xlsx

    target = Path(args.out)
    if target.is_dir():
        target = target / default_name(clock.today())
    where = audit.audit_filter(args)
    with _desk(args, keychain, clock) as desk:
        path = export_xlsx(desk, target, where)
    print(translate("cli", "Audit trail written to {path}").format(path=path))
    return 0


# --- notes ----------------------------------------------------------------------------------------
def _note_json(view) -> dict:
    return {**note.note_json(view), "id": str(view.id), "candidate": str(view.candidate_id)}


def note_add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import candidate_named
    from recruitdesk.services.team_notes import add_note

    body = sys.stdin.read() if args.text == "-" else args.text
    with _desk(args, keychain, clock) as desk:
        found = candidate_named(desk, args.candidate)
        view = add_note(desk, found.candidate_id, args.kind, body, source=args.source, discussed_with_candidate=args.discussed)
    if args.json:
        print_json(_note_json(view))
    else:
        print(translate("cli", "Note {id} added to candidate {candidate}.").format(id=_short(view.id), candidate=_hex(view.candidate_id)))
        if view.needs_discussion:
            print(translate("cli", "Discuss these online screening findings with the candidate; never reject on screening alone."),
                  file=sys.stderr)
    return 0


def note_list(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk import labels
    from recruitdesk.services.team_commands import candidate_named
    from recruitdesk.services.team_notes import notes_of

    with _desk(args, keychain, clock) as desk:
        views = notes_of(desk, candidate_named(desk, args.candidate).candidate_id)
    if args.json:
        print_json([_note_json(view) for view in views])
        return 0
    for view in views:
        print(f"{_short(view.id):>6}  {view.created_at.astimezone():%Y-%m-%d %H:%M}  {labels.label('note_kind', view.kind)}  "
              f"{printable(view.author)}")
        for line in view.body.splitlines():
            print(f"        {line}")
    return 0


def _hex(candidate_id: object) -> str:
    return candidate_id.hex[:SHORT] if isinstance(candidate_id, UUID) else str(candidate_id)


# --- consents -------------------------------------------------------------------------------------
def _consent_json(line) -> dict:
    terms = line.terms
    return {"id": str(line.consent_id), "candidate": str(line.candidate_id), "purpose": line.purpose, "given_on": line.given_on.isoformat(),
            "channel": line.channel, "text_version": line.wording_version, "text": line.wording,
            "evidence_document": str(terms.evidence_document_id) if terms.evidence_document_id else None,
            "expires_on": terms.expires_on.isoformat() if terms.expires_on else None,
            "withdrawn_on": line.withdrawn_on.isoformat() if line.withdrawn_on else None}


def consent_add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import candidate_named, give_consent

    given = parse_date(args.given) if args.given else clock.today()
    with _desk(args, keychain, clock) as desk:
        found = candidate_named(desk, args.candidate)
        line = give_consent(desk, found.candidate_id, args.purpose, given, args.channel, args.text, args.text_version, args.evidence)
    if args.json:
        print_json(_consent_json(line))
    else:
        print(translate("cli", "Consent {id} recorded for candidate {candidate}.").format(id=_short(line.consent_id),
                                                                                         candidate=_hex(line.candidate_id)))
    return 0


def consent_list(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk import labels
    from recruitdesk.services.team_commands import candidate_named
    from recruitdesk.services.team_consents import consents

    with _desk(args, keychain, clock) as desk:
        lines = list(reversed(consents(desk, candidate_named(desk, args.candidate).candidate_id)))  # newest first, as locally
    if args.json:
        print_json([_consent_json(line) for line in lines])
        return 0
    for line in lines:
        if line.withdrawn_on:
            state = translate("cli", "withdrawn on {date}").format(date=line.withdrawn_on.isoformat())
        elif line.terms.expires_on:
            state = translate("cli", "until {date}").format(date=line.terms.expires_on.isoformat())
        else:
            state = translate("cli", "in force")
        print(f"{_short(line.consent_id):>6}  {labels.label('consent_purpose', line.purpose):<40}  {line.given_on.isoformat()}  {state}")
    return 0



def consent_withdraw(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import withdraw_consent

    if args.on and parse_date(args.on) != clock.today():
        raise errors.OptionNotForTeamVault(option="--on")  # a team's withdrawal is dated the day it is recorded
    with _desk(args, keychain, clock) as desk:
        line = withdraw_consent(desk, args.consent)
    print(translate("cli", "Consent {id} withdrawn on {date}.").format(id=_short(line.consent_id),
                                                                     date=line.withdrawn_on.isoformat() if line.withdrawn_on else "-"))
    return 0


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
    return report(_hex(found.candidate_id))


def release(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    return _release(args, keychain, clock, holds.report_released)


def retention_release(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    return _release(args, keychain, clock, retention.report_released)


def _release(args: argparse.Namespace, keychain: Keychain | None, clock: Clock, report: Callable[[object], int]) -> int:
    from recruitdesk.services.team_commands import candidate_named, release_legal_hold

    with _desk(args, keychain, clock) as desk:
        found = candidate_named(desk, args.id)
        release_legal_hold(desk, found.candidate_id, args.reason)
    return report(_hex(found.candidate_id))


def extend(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import candidate_named, extend_retention

    until = parse_date(args.until)
    with _desk(args, keychain, clock) as desk:
        found = candidate_named(desk, args.id)
        extend_retention(desk, found.candidate_id, until, args.reason)
    return holds.report_kept(_hex(found.candidate_id), until)
