"""``recruitdesk audit verify|list|export``: the audit trail for the firm's DPO.

``audit verify`` prints "intact, N entries" or names the first entry edited, removed or
reordered, and then exits with ``AUDIT_BROKEN`` (5).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from recruitdesk.clock import Clock
from recruitdesk.commands.common import AUDIT_BROKEN, command, group, json_option, open_for_command, parse_date, print_json, printable
from recruitdesk.i18n import translate
from recruitdesk.vault.keychain import Keychain


def verify(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.audit_trail import verify as verify_trail

    with open_for_command(args, keychain, clock) as vault:
        report = verify_trail(vault)
    return report_verified(report, args.json)


def report_verified(report, as_json: bool) -> int:
    """The chain's report, a local vault's or a team's (``commands.team_records``); exit code 5 when broken."""
    if as_json:
        print_json(report.to_json())
    else:
        print(report.message())
    return 0 if report.intact else AUDIT_BROKEN


def audit_filter(args: argparse.Namespace):
    """The filter options as the services take them (a team's too: ``commands.team_records``)."""
    from recruitdesk.services.audit_trail import AuditFilter

    return AuditFilter(since=parse_date(args.since) if args.since else None, until=parse_date(args.until) if args.until else None,
                       action=args.action, candidate=args.candidate)


def list_entries(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.audit_trail import entries

    where = audit_filter(args)
    with open_for_command(args, keychain, clock) as vault:
        rows = entries(vault, where, limit=args.limit)
    return report_entries(rows, args.json)


def report_entries(rows, as_json: bool, actors: bool = False) -> int:
    """``actors``: name who did each thing (a team's members; a local vault has one user)."""
    if as_json:
        print_json([row.to_json() for row in rows])
        return 0
    for row in rows:
        details = ", ".join(f"{key}={value}" for key, value in sorted(row.details.items()))
        actor = f"{printable(row.actor):<24}  " if actors else ""
        print(f"{row.number or '-':>6}  {row.at:%Y-%m-%d %H:%M}  {row.action:<30}  {row.candidate_uid or '-':<36}  "
              f"{actor}{printable(details)}".rstrip())
    return 0


def export(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.audit_trail import export_xlsx

    target = export_target(args, clock)
    where = audit_filter(args)
    with open_for_command(args, keychain, clock) as vault:
        path = export_xlsx(vault, target, where)
    return report_written(path)


def export_target(args: argparse.Namespace, clock: Clock) -> Path:
    """``--out`` as given, or a dated name in it when it is a folder."""
    from recruitdesk.services.audit_trail import default_name

    target = Path(args.out)
    return target / default_name(clock.today()) if target.is_dir() else target


def report_written(path: Path) -> int:
    print(translate("cli", "Audit trail written to {path}").format(path=path))
    return 0


def _filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="DATE", help=translate("cli", "only entries on or after this day (YYYY-MM-DD)"))
    parser.add_argument("--until", metavar="DATE", help=translate("cli", "only entries on or before this day (YYYY-MM-DD)"))
    parser.add_argument("--action", metavar="CODE", help=translate("cli", "only this action (e.g. candidate.erased), or a group ending in a dot (request.)"))
    parser.add_argument("--candidate", metavar="ID", help=translate("cli", "only entries about this candidate (number or random id; in a team vault: the first digits of their id, or their name)"))


def register(commands: argparse._SubParsersAction) -> None:
    audit_commands = group(commands, "audit", translate("cli", "the audit trail: verify its chain, list it, export it for the DPO"))
    verify_parser = command(audit_commands, "verify", translate(
        "cli", "check that no audit entry was edited, removed or reordered (exit code 5 when one was)"), verify)
    json_option(verify_parser)
    list_parser = command(audit_commands, "list", translate("cli", "list audit entries, newest first"), list_entries)
    _filter_options(list_parser)
    list_parser.add_argument("--limit", metavar="N", type=int, help=translate("cli", "at most N entries"))
    json_option(list_parser)
    export_parser = command(audit_commands, "export", translate("cli", "write the audit trail and its verification to an .xlsx file"), export)
    export_parser.add_argument("--out", metavar="FILE", required=True, help=translate("cli", "the .xlsx file to write (or a folder for a dated name)"))
    _filter_options(export_parser)
