"""``recruitdesk vault migrate``: copy the local vault (``--vault``) into a new team vault on a PostgreSQL
server (``--to ADDRESS --team-folder DIR --name NAME``), or a team vault back into a new local vault
(``--from-team DIR``, the new vault in ``--vault``); counts checked both ways."""

from __future__ import annotations

import argparse
import sys

from recruitdesk.clock import Clock
from recruitdesk.commands.common import command, json_option, open_for_command, print_json
from recruitdesk.commands.team import keychain_or_system, print_recovery_key, team_password
from recruitdesk.errors import MIGRATION_KIND_NAMES
from recruitdesk.i18n import translate
from recruitdesk.retention.presets import PRESETS
from recruitdesk.vault.keychain import Keychain



def _progress(done: int, total: int) -> None:
    if done == total or done % 100 == 0:
        print(translate("cli", "Copied {done} of {total} candidates.").format(done=done, total=total), file=sys.stderr)


def migrate(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from pathlib import Path

    from recruitdesk.services.vault_migration import migrate_to_team

    if args.from_team:
        return _from_team(args, keychain, clock)
    if not (args.to and args.team_folder and args.name):
        print(translate("cli", "Give --to, --team-folder and --name to copy this vault into a team vault, or --from-team to copy a team vault "
                               "into a new local one."), file=sys.stderr)
        return 2

    chain = keychain_or_system(keychain)
    with open_for_command(args, chain, clock) as vault:
        report = migrate_to_team(vault, Path(args.team_folder).expanduser(), args.to, args.name, chain, clock, team_password(args), _progress)
    if args.json:
        print_json({**report.to_json(), "recovery_key": report.recovery_key, "team_folder": args.team_folder})
        return 0
    print(translate("cli", "The local vault was copied into the new team vault; every count matches:"))
    for kind, count in report.copied.items():
        print(f"    {translate('migration', MIGRATION_KIND_NAMES[kind])}: {count}")
    if report.left_behind:
        print(translate("cli", "Not copied (the team vault does not hold these yet; they stay in the local vault):"))
        for kind, count in report.left_behind.items():
            print(f"    {translate('migration', MIGRATION_KIND_NAMES[kind])}: {count}")
    print(translate("cli", "The local vault's data was not changed. Team settings: {folder}.").format(folder=args.team_folder))
    print_recovery_key(translate("cli", "The team's recovery key (shown only this once; print it or store it safely, away from this computer):"),
                       report.recovery_key)
    return 0


def _from_team(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from pathlib import Path

    from recruitdesk.paths import resolve_vault_folder
    from recruitdesk.services.vault_migration import migrate_to_local

    folder = resolve_vault_folder(args.vault)
    report = migrate_to_local(Path(args.from_team).expanduser(), keychain_or_system(keychain), folder, clock, args.preset, _progress)
    if args.json:
        print_json({"folder": str(folder), "copied": report.copied, "recovery_key": report.recovery_key})
        return 0
    print(translate("cli", "The team vault was copied into the new local vault in {folder}; every count matches:").format(folder=folder))
    for kind, count in report.copied.items():
        print(f"    {translate('migration', MIGRATION_KIND_NAMES[kind])}: {count}")
    print(translate("cli", "The team vault was not changed."))
    print_recovery_key(translate("cli", "Recovery key (shown only this once; print it or store it safely, away from this computer):"),
                       report.recovery_key)
    return 0


def register_migrate(vault_commands: argparse._SubParsersAction) -> None:
    parser = command(vault_commands, "migrate", translate(
        "cli", "copy this vault into a new team vault on a PostgreSQL server (end-to-end encrypted; this vault is only read), "
               "or a team vault into a new local vault (--from-team)"), migrate)
    parser.add_argument("--to", metavar="ADDRESS",
                        help=translate("cli", "the database, as postgresql://USER@HOST:PORT/DATABASE?sslmode=require"))
    parser.add_argument("--team-folder", metavar="DIR", help=translate("cli", "an empty folder for the team vault's settings on this computer"))
    parser.add_argument("--name", metavar="TEXT", help=translate("cli", "your name as your colleagues will see it"))
    parser.add_argument("--from-team", metavar="DIR", help=translate(
        "cli", "copy the team vault whose settings are in DIR into a new local vault (created in --vault)"))
    parser.add_argument("--preset", default="nl-ap", help=translate("cli", "retention preset of the new local vault: {names}").format(
        names=", ".join(PRESETS)))
    parser.add_argument("--ask-password", action="store_true",
                        help=translate("cli", "ask for the server's password on the terminal (or set RECRUITDESK_TEAM_PASSWORD)"))
    json_option(parser)
