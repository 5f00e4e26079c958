"""The everyday commands on a team vault: the same command line, whichever backend ``--vault`` names.

``recruitdesk vault info``, ``candidates list``, ``import``, ``export``, ``erase``, ``check``,
``suppression list|add|remove``, ``audit verify|list|export``, ``note add|list``,
``consent add|list|withdraw``, ``request add|identity|extend|complete``, ``requests list|due``, ``hold``,
``release``, ``extend`` and ``retention hold|release`` work on a team folder as on a local vault
(``commands.team_records``), and so do ``vacancy add|list|close|hold|reopen``, ``apply``, ``stage``,
``candidate add|outcome|contact|outplacement``, ``retention due|apply``, ``processing-record`` and ``vault country``
(``commands.team_work``): a firm's scripts (the scheduled daily check, an import from a mail
folder) keep working after the move to a team vault; ``backup`` and ``restore`` say that a
team's backups are its server's. A candidate is named by the
first digits of their id (``candidates list`` prints them) or words of their name, since team
ids are not numbers. A local command with no team counterpart yet says so in words, naming
what to use instead, rather than failing to find a vault file.
"""

from __future__ import annotations

import argparse
import sys
from typing import Callable

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.commands import (
    audit, backups, candidates, check, consent, export, hold, importing, note, requests, retention, suppression, team, team_records,
    team_work, vacancies, vault, vault_migrate,
)
from recruitdesk.commands.common import SOMETHING_DUE, print_json, printable
from recruitdesk.i18n import translate
from recruitdesk.paths import resolve_vault_folder
from recruitdesk.services.team_folder import is_team_folder
from recruitdesk.vault.keychain import Keychain

Handler = Callable[[argparse.Namespace, Keychain | None, Clock], int]
LOCAL_ONLY_OPTIONS = ("attach_to", "vacancy", "request")  # options a team command cannot honour yet


def handler_for(args: argparse.Namespace) -> Handler:
    """The command's own handler, or its team counterpart when ``--vault`` is a team folder."""
    handler: Handler = args.handler
    if not is_team_folder(resolve_vault_folder(getattr(args, "vault", None))):
        return handler
    if handler in _TEAM_HANDLERS:
        _refuse_local_only_options(args)
        return _TEAM_HANDLERS[handler]
    if handler.__module__ in (team.__name__, vault_migrate.__name__):
        return handler
    return _not_for_team


def _refuse_local_only_options(args: argparse.Namespace) -> None:
    for name in LOCAL_ONLY_OPTIONS:
        if getattr(args, name, None) not in (None, False):
            raise errors.OptionNotForTeamVault(option="--" + name.replace("_", "-"))
    if getattr(args, "on_duplicate", "skip") != "skip":
        raise errors.OptionNotForTeamVault(option="--on-duplicate")


def _not_for_team(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    words = [args.command] + ([args.subcommand] if getattr(args, "subcommand", None) else [])
    raise errors.CommandNotForTeamVault(command=" ".join(words))


def _team_import(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import import_into_team

    outcomes = import_into_team(resolve_vault_folder(args.vault), team.keychain_or_system(keychain), clock, args.paths,
                                redact=args.redact or args.redact_special, redact_special=args.redact_special)
    if args.json:
        print_json([{"file": outcome.file, "imported": outcome.imported,
                     "id": str(outcome.candidate_id) if outcome.candidate_id else None, "reason": outcome.reason}
                    for outcome in outcomes])
    else:
        for outcome in outcomes:
            if outcome.imported and outcome.candidate_id is not None:
                print(translate("cli", "imported   {file} -> candidate {id}").format(file=printable(outcome.file),
                                                                                   id=outcome.candidate_id.hex[:8]))
            else:
                print(translate("cli", "not imported {file}: {reason}").format(file=printable(outcome.file),
                                                                               reason=printable(outcome.reason or "")))
    imported = sum(1 for outcome in outcomes if outcome.imported)
    print(translate("cli", "{imported} of {total} files imported.").format(imported=imported, total=len(outcomes)), file=sys.stderr)
    return 0 if imported == len(outcomes) else 1


def _team_erase(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_commands import erase_from_team

    erased = erase_from_team(resolve_vault_folder(args.vault), team.keychain_or_system(keychain), clock, args.id)
    print(translate("cli", "Candidate {id} was erased.").format(id=erased.candidate_id.hex[:8]))
    return 0


def _team_export(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    args.candidate = args.id
    return team.export(args, keychain, clock)


def _team_check(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    """As ``recruitdesk check``: exit code 4 when a candidate is overdue or due within two weeks."""
    from recruitdesk.services.team_retention import run_team_check

    result = run_team_check(resolve_vault_folder(args.vault), team.keychain_or_system(keychain), clock)
    team.report_check(result, args.json)
    return SOMETHING_DUE if result.overdue or result.due_soon else 0


def _team_list(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    args.search = None
    return team.candidates(args, keychain, clock)


_TEAM_HANDLERS: dict[Handler, Handler] = {
    vault.info: team.info,
    vault.country: team_work.country,
    candidates.list_all: _team_list,
    candidates.erase: _team_erase,
    export.export: _team_export,
    importing.run_import: _team_import,
    check.check: _team_check,
    suppression.list_all: team_records.suppression_list,
    suppression.add: team_records.suppression_add,
    suppression.remove: team_records.suppression_remove,
    audit.verify: team_records.audit_verify,
    audit.list_entries: team_records.audit_list,
    audit.export: team_records.audit_export,
    note.add: team_records.note_add,
    note.list_all: team_records.note_list,
    consent.add: team_records.consent_add,
    consent.list_all: team_records.consent_list,
    consent.withdraw: team_records.consent_withdraw,
    requests.add: team_records.request_add,
    requests.identity: team_records.request_identity,
    requests.extend: team_records.request_extend,
    requests.complete: team_records.request_complete,
    requests.list_all: team_records.requests_list,
    requests.due: team_records.requests_due,
    hold.hold: team_records.hold,
    hold.release: team_records.release,
    hold.extend: team_records.extend,
    retention.hold: team_records.retention_hold,
    retention.release: team_records.retention_release,
    vacancies.add: team_work.vacancy_add,
    vacancies.list_all: team_work.vacancy_list,
    vacancies.close: team_work.vacancy_close,
    vacancies.set_status: team_work.vacancy_status,
    vacancies.apply: team_work.apply,
    vacancies.stage: team_work.stage,
    candidates.add: team_work.candidate_add,
    candidates.outcome: team_work.candidate_outcome,
    candidates.contact: team_work.candidate_contact,
    candidates.outplacement: team_work.candidate_outplacement,
    retention.due: team_work.retention_due,
    retention.apply: team_work.retention_apply,
    export.processing_record: team_work.processing_record,
    backups.backup: team_work.backup_refused,  # a team's backups are the server's: said in words
    backups.restore: team_work.backup_refused,
}
