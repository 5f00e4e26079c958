"""``recruitdesk vault init``, ``vault info``, ``vault country``, ``vault passphrase`` and ``vault restore-new``
(in commands.backups)."""

from __future__ import annotations

import argparse
import getpass
import os

from recruitdesk.clock import Clock
from recruitdesk.commands.backups import register_restore_new
from recruitdesk.commands.common import command, group, json_option, open_for_command, print_json
from recruitdesk.commands.vault_migrate import register_migrate
from recruitdesk.i18n import translate
from recruitdesk.paths import resolve_vault_folder
from recruitdesk.retention.presets import PRESETS
from recruitdesk.vault.keychain import Keychain


def init(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.recovery_kits import save_recovery_kit
    from recruitdesk.services.vault_access import create_vault, system_keychain

    folder = resolve_vault_folder(args.vault)
    vault, recovery_key = create_vault(folder, keychain or system_keychain(), clock, preset=args.preset)
    with vault:
        if args.recovery_kit:
            save_recovery_kit(args.recovery_kit, vault, recovery_key)
        print(translate("cli", "Vault created in {folder}.").format(folder=folder))
        print(translate("cli", "Retention policy: {title}.").format(title=PRESETS[args.preset].translated_title()))
        print()
        print(translate("cli", "Recovery key (shown only this once; print it or store it safely, away from this computer):"))
        print()
        print(f"    {recovery_key}")
        print()
        if args.recovery_kit:
            print(translate("cli", "The recovery kit was saved to {file}.").format(file=args.recovery_kit))
    return 0


def info(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    """A local vault's information (a team folder's is ``team info``: ``commands.team_routing``)."""
    from recruitdesk.services.vault_info import vault_info

    with open_for_command(args, keychain, clock) as vault:
        vault.integrity.run()  # a large vault's pages were not verified at open; a one-shot command can wait
        details = vault_info(vault)
    if args.json:
        print_json(details)
        return 2 if details["integrity"]["state"] == "damaged" else 0
    rows = [
        (translate("cli", "Folder"), details["folder"]),
        (translate("cli", "Vault"), details["vault_id"]),
        (translate("cli", "Created"), details["created"]),
        (translate("cli", "Schema version"), details["schema_version"]),
        (translate("cli", "SQLCipher version"), details["sqlcipher_version"]),
        (translate("cli", "Candidates"), str(details["candidate_count"])),
        (translate("cli", "Retention policy"), f'{details["policy"]["title"]} ({details["policy"]["preset"]})'),
        (translate("cli", "Integrity"), details["integrity"]["description"]),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label.ljust(width)}  {value}")
    return 2 if details["integrity"]["state"] == "damaged" else 0


def country(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    """Show or set the firm's country, which decides how phone numbers without +32/+31 are read."""
    from recruitdesk.services.firm_settings import read_firm_country, save_firm_country

    with open_for_command(args, keychain, clock) as vault:
        chosen = save_firm_country(vault, args.code) if args.code is not None else read_firm_country(vault)
    return report_country(args, chosen)


def report_country(args: argparse.Namespace, chosen: str) -> int:
    """The country phone numbers are read in, as ``vault country`` prints it (a team's too)."""
    if args.json:
        print_json({"country": chosen})
    else:
        print(translate("cli", "Phone numbers without a country code are read as {country} numbers.").format(country=chosen))
    return 0


NEW_PASSPHRASE_ENV = "RECRUITDESK_NEW_PASSPHRASE"


def passphrase(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    """Set or change the passphrase: from RECRUITDESK_NEW_PASSPHRASE, else typed twice on the terminal."""
    from recruitdesk.services.unlock import set_vault_passphrase
    from recruitdesk.services.vault_access import system_keychain

    with open_for_command(args, keychain, clock) as vault:
        new = os.environ.get(NEW_PASSPHRASE_ENV)
        if new:
            repeated = new
        else:
            new = getpass.getpass(translate("cli", "New passphrase or PIN: "))
            repeated = getpass.getpass(translate("cli", "The same passphrase again: "))
        set_vault_passphrase(vault, new, repeated, (lambda: keychain) if keychain is not None else system_keychain)
    print(translate("cli", "The vault now opens only with this passphrase together with this computer's keychain, or with the recovery key."))
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    vault_commands = group(commands, "vault", translate("cli", "create a vault or show information about it"))
    init_parser = command(vault_commands, "init", translate("cli", "create a new vault and print its recovery key once"), init)
    init_parser.add_argument("--preset", default="nl-ap", help=translate("cli", "retention preset: {names}").format(names=", ".join(PRESETS)))
    init_parser.add_argument("--recovery-kit", metavar="FILE", help=translate("cli", "also save the recovery kit to FILE"))
    register_restore_new(vault_commands)
    register_migrate(vault_commands)
    json_option(command(vault_commands, "info", translate("cli", "show schema version, SQLCipher version, candidate count and policy"), info))
    country_parser = command(vault_commands, "country", translate("cli", "show or set the firm's country (BE or NL), used to read phone numbers"), country)
    country_parser.add_argument("code", nargs="?", help=translate("cli", "BE or NL; an empty value goes back to the retention preset's country"))
    json_option(country_parser)
    command(vault_commands, "passphrase", translate("cli", "set or change the passphrase (or PIN) needed with this computer's keychain; "
                                                          "RECRUITDESK_NEW_PASSPHRASE gives it to a script"), passphrase)
