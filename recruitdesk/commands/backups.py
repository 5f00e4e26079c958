"""``recruitdesk backup``, ``recruitdesk restore`` and ``recruitdesk vault restore-new``."""

from __future__ import annotations

import argparse
import sys

from recruitdesk import errors
from recruitdesk.clock import Clock
from recruitdesk.commands.common import command, open_for_command
from recruitdesk.i18n import translate
from recruitdesk.paths import resolve_vault_folder
from recruitdesk.vault.keychain import Keychain


def backup(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.backups import make_backup

    with open_for_command(args, keychain, clock) as vault:
        path = make_backup(vault, args.out)
    print(translate("cli", "Encrypted backup written to {file}, with its key file {keys}. Keep both together: with the recovery key they restore this vault, also on another computer.")
          .format(file=path, keys=path.with_suffix(".rdkeys")))
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
    print(translate("cli", "Backup restored. %n erased candidates were erased again. The previous state was kept in {file}.",
                    None, report.erased_again).format(file=report.safety_copy))
    return 0


def restore_new(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.restore_new import restore_into_new_folder
    from recruitdesk.services.vault_access import recovery_key_from, system_keychain

    recovery_key = recovery_key_from(getattr(args, "recovery_key_file", None))
    if not recovery_key:
        raise errors.RecoveryKeyNeededForRestore()
    folder = resolve_vault_folder(args.folder or getattr(args, "vault", None))
    if keychain is None:
        try:
            keychain = system_keychain()
        except errors.RecruitDeskError as problem:
            print(problem.message(), file=sys.stderr)
            keychain = None
    report = restore_into_new_folder(args.backup, folder, recovery_key, keychain, clock)
    report.vault.close()
    print(translate("cli", "The vault was restored into {folder}. %n candidates erased after the backup was made were erased again.",
                    None, report.erased_again).format(folder=folder))
    if not report.device_key_enrolled:
        print(translate("cli", "This computer's keychain could not store the vault's key: unlock with the recovery key until it can."), file=sys.stderr)
    return 0


def register_restore_new(vault_commands: argparse._SubParsersAction) -> None:
    parser = command(vault_commands, "restore-new", translate("cli", "restore a backup into a new, empty vault folder with the recovery key (a new or repaired computer)"), restore_new)
    parser.add_argument("backup", metavar="BACKUP", help=translate("cli", "the .rdbackup file; its .rdkeys key file must be beside it"))
    parser.add_argument("--folder", metavar="DIR", help=translate("cli", "the new vault folder (default: --vault, RECRUITDESK_VAULT or your data folder)"))


def register(commands: argparse._SubParsersAction) -> None:
    backup_parser = command(commands, "backup", translate("cli", "write an encrypted backup of the vault"), backup)
    backup_parser.add_argument("--out", metavar="DIR", help=translate("cli", "folder for the backup (default: the backup folder setting, else the vault's backups folder)"))
    restore_parser = command(commands, "restore", translate("cli", "replace the vault's data with a backup (erased candidates stay erased)"), restore)
    restore_parser.add_argument("file", metavar="FILE")
    restore_parser.add_argument("--yes", action="store_true", help=translate("cli", "confirm the restore"))
