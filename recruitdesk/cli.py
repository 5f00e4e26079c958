"""The ``recruitdesk`` command: the GUI by default, and headless commands for scripts.

Every failure the user can cause prints one translated sentence to stderr and exits non-zero;
anything unexpected prints a generic sentence and logs a scrubbed traceback. Never a traceback
on the terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Callable, Sequence

from recruitdesk import __version__, errors, i18n, logs
from recruitdesk.clock import Clock, SystemClock
from recruitdesk.i18n import translate
from recruitdesk.paths import resolve_vault_folder
from recruitdesk.retention.presets import PRESETS
from recruitdesk.vault.keychain import Keychain


class _Parser(argparse.ArgumentParser):
    """argparse that exits with code 2 and a translated hint instead of its own English."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(translate("cli", "recruitdesk: error: {message}").format(message=message) + "\n")
        raise SystemExit(2)


def _common_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--vault", metavar="DIR", default=default, help=translate("cli", "the vault folder (default: RECRUITDESK_VAULT or your data folder)"))
    parser.add_argument("--recovery-key-file", metavar="FILE", default=default, help=translate("cli", "unlock with the recovery key in FILE (or set RECRUITDESK_RECOVERY_KEY)"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=default, help=translate("cli", "language: en, nl or fr"))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="recruitdesk", description=translate("cli", "RecruitDesk: an encrypted candidate vault with GDPR retention countdowns."))
    parser.add_argument("--version", action="version", version=f"RecruitDesk {__version__}")
    parser.add_argument("--demo", action="store_true", help=translate("cli", "start on a throwaway demo vault with sample candidates"))
    # For packaging and CI smoke tests: start, show the window, report, quit with 0.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    _common_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    vault = commands.add_parser("vault", help=translate("cli", "create a vault or show information about it"))
    vault_commands = vault.add_subparsers(dest="vault_command", required=True, parser_class=_Parser)
    init = vault_commands.add_parser("init", help=translate("cli", "create a new vault and print its recovery key once"))
    init.add_argument("--preset", default="nl-ap", help=translate("cli", "retention preset: {names}").format(names=", ".join(PRESETS)))
    init.add_argument("--recovery-kit", metavar="FILE", help=translate("cli", "also save the recovery kit to FILE"))
    _common_options(init, suppress=True)
    info = vault_commands.add_parser("info", help=translate("cli", "show schema version, SQLCipher version, candidate count and policy"))
    info.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    _common_options(info, suppress=True)
    return parser


def _vault_init(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk import recovery_kit
    from recruitdesk.services.vault_access import create_vault, system_keychain

    folder = resolve_vault_folder(args.vault)
    vault, recovery_key = create_vault(folder, keychain or system_keychain(), clock, preset=args.preset)
    with vault:
        if args.recovery_kit:
            recovery_kit.save(args.recovery_kit, recovery_kit.render(recovery_key, vault.vault_id, str(folder), vault.header.created))
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


def _vault_info(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.vault_access import open_vault, recovery_key_from, system_keychain
    from recruitdesk.services.vault_info import vault_info

    folder = resolve_vault_folder(args.vault)
    recovery_key = recovery_key_from(args.recovery_key_file)
    if keychain is None:
        try:
            keychain = system_keychain()
        except errors.RecruitDeskError:
            if recovery_key is None:
                raise
            keychain = None  # a headless unlock can work without any keychain
    with open_vault(folder, keychain, clock, recovery_key) as vault:
        for warning in vault.warnings:
            print(warning.message(), file=sys.stderr)
        info = vault_info(vault)
    if args.json:
        print(json.dumps(info, indent=2, ensure_ascii=False))
        return 0
    rows = [
        (translate("cli", "Folder"), info["folder"]),
        (translate("cli", "Vault"), info["vault_id"]),
        (translate("cli", "Created"), info["created"]),
        (translate("cli", "Schema version"), info["schema_version"]),
        (translate("cli", "SQLCipher version"), info["sqlcipher_version"]),
        (translate("cli", "Candidates"), str(info["candidate_count"])),
        (translate("cli", "Retention policy"), f'{info["policy"]["title"]} ({info["policy"]["preset"]})'),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label.ljust(width)}  {value}")
    return 0


def _start_gui(args: argparse.Namespace) -> int:
    try:
        from recruitdesk.gui.app import run_gui
    except ImportError as exc:
        logs.log_unexpected(exc)
        print(translate("cli", "The RecruitDesk window cannot start: the Qt libraries could not be loaded."), file=sys.stderr)
        return 1
    return run_gui(args)


COMMANDS: dict[tuple[str, str | None], Callable[..., int]] = {
    ("vault", "init"): _vault_init,
    ("vault", "info"): _vault_info,
}


def main(argv: Sequence[str] | None = None, keychain: Keychain | None = None, clock: Clock | None = None) -> int:
    """Entry point. ``keychain`` and ``clock`` are injectable for tests."""
    i18n.set_language(i18n.detect_language())
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(arguments)
    if getattr(args, "lang", None):
        i18n.set_language(args.lang)
    clock = clock or SystemClock()
    try:
        if args.command is None:
            return _start_gui(args)
        handler = COMMANDS[(args.command, getattr(args, "vault_command", None))]
        return handler(args, keychain, clock)
    except errors.RecruitDeskError as error:
        print(error.message(), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(translate("cli", "Interrupted."), file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: no traceback reaches the user
        logs.log_unexpected(exc)
        print(translate("cli", "An unexpected error occurred. Details without personal data were written to {file}.").format(file=logs.log_file()), file=sys.stderr)
        return 1
