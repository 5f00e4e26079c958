"""``recruitdesk backup`` and ``recruitdesk restore``."""

from __future__ import annotations

import argparse

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.commands.common import command, open_for_command
from recruitdesk.i18n import translate
from recruitdesk.vault.keychain import Keychain


def backup(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.backups import make_backup

    with open_for_command(args, keychain, clock) as vault:
        path = make_backup(vault, args.out)
    print(translate("cli", "Encrypted backup written to {file}. It can only be restored into this vault.").format(file=path))
    return 0


def restore(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.backups import require_backup_exists, restore_backup

    source = require_backup_exists(args.file)
    if not args.yes:
        raise errors.RestoreConfirmationRequired()
    vault = open_for_command(args, keychain, clock)
    try:
        report = restore_backup(vault, source)
        vault = report.vault
    finally:
        vault.close()
    print(translate("cli", "Backup restored. {count} erased candidates were erased again. The previous state was kept in {file}.")
          .format(count=report.erased_again, file=report.safety_copy))
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    backup_parser = command(commands, "backup", translate("cli", "write an encrypted backup of the vault"), backup)
    backup_parser.add_argument("--out", metavar="DIR", help=translate("cli", "folder for the backup (default: the backup folder setting, else the vault's backups folder)"))
    restore_parser = command(commands, "restore", translate("cli", "replace the vault's data with a backup (erased candidates stay erased)"), restore)
    restore_parser.add_argument("file", metavar="FILE")
    restore_parser.add_argument("--yes", action="store_true", help=translate("cli", "confirm the restore"))
