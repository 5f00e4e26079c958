"""What every command that works inside a vault needs: unlocking it, dates, JSON output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from typing import Callable

from recruitdesk import errors, i18n
from recruitdesk.clock import Clock, ManualClock
from recruitdesk.i18n import translate
from recruitdesk.paths import resolve_vault_folder
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.vault import Vault


def open_for_command(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> Vault:
    """Unlock with the keychain, or headless with --recovery-key-file / RECRUITDESK_RECOVERY_KEY."""
    from recruitdesk.services.unlock import unlock_vault
    from recruitdesk.services.vault_access import recovery_key_from, system_keychain

    vault = unlock_vault(
        resolve_vault_folder(getattr(args, "vault", None)),
        clock,
        recovery_key_from(getattr(args, "recovery_key_file", None)),
        keychain_factory=(lambda: keychain) if keychain is not None else system_keychain,
    )
    for warning in vault.warnings:
        print(warning.message(), file=sys.stderr)
    return vault


def parse_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise errors.InvalidDate(value=value) from None


def clock_on(clock: Clock, day: str | None) -> Clock:
    """The clock, or one standing on ``day`` at the current time (for --on DATE)."""
    if not day:
        return clock
    return ManualClock(dt.datetime.combine(parse_date(day), clock.now().timetz()))


def print_json(value: object) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))


class Parser(argparse.ArgumentParser):
    """argparse that exits with code 2 and a translated hint instead of its own English."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(translate("cli", "recruitdesk: error: {message}").format(message=message) + "\n")
        raise SystemExit(2)


def common_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    """--vault, --recovery-key-file and --lang, accepted before or after the command."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--vault", metavar="DIR", default=default, help=translate("cli", "the vault folder (default: RECRUITDESK_VAULT or your data folder)"))
    parser.add_argument("--recovery-key-file", metavar="FILE", default=default, help=translate("cli", "unlock with the recovery key in FILE (or set RECRUITDESK_RECOVERY_KEY)"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default=default, help=translate("cli", "language: en, nl or fr"))


def group(commands: argparse._SubParsersAction, name: str, help_text: str) -> argparse._SubParsersAction:
    """A command group such as ``vault`` whose sub-commands follow (``vault init``)."""
    return commands.add_parser(name, help=help_text).add_subparsers(dest="subcommand", required=True, parser_class=Parser)


def command(commands: argparse._SubParsersAction, name: str, help_text: str, handler: Callable[..., int]) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=help_text)
    parser.set_defaults(handler=handler)
    common_options(parser, suppress=True)
    return parser


def json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
