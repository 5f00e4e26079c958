"""The ``recruitdesk`` command: the GUI by default, and headless commands for scripts.

Every failure the user can cause prints one translated sentence to stderr and exits non-zero;
anything unexpected prints a generic sentence and logs a scrubbed traceback. Never a traceback
on the terminal.
"""

from __future__ import annotations

import argparse
import sys
from typing import Callable, Sequence

from recruitdesk import __version__, errors, i18n, logs
from recruitdesk.clock import Clock, SystemClock
from recruitdesk.commands import candidates, retention, vault
from recruitdesk.i18n import translate
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


def _command(group: argparse._SubParsersAction, name: str, help_text: str, handler: Callable[..., int]) -> argparse.ArgumentParser:
    parser = group.add_parser(name, help=help_text)
    parser.set_defaults(handler=handler)
    _common_options(parser, suppress=True)
    return parser


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="recruitdesk", description=translate("cli", "RecruitDesk: an encrypted candidate vault with GDPR retention countdowns."))
    parser.add_argument("--version", action="version", version=f"RecruitDesk {__version__}")
    parser.add_argument("--demo", action="store_true", help=translate("cli", "start on a throwaway demo vault with sample candidates"))
    # For packaging and CI smoke tests: start, show the window, report, quit with 0.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    _common_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    vault_group = commands.add_parser("vault", help=translate("cli", "create a vault or show information about it"))
    vault_commands = vault_group.add_subparsers(dest="subcommand", required=True, parser_class=_Parser)
    init = _command(vault_commands, "init", translate("cli", "create a new vault and print its recovery key once"), vault.init)
    init.add_argument("--preset", default="nl-ap", help=translate("cli", "retention preset: {names}").format(names=", ".join(PRESETS)))
    init.add_argument("--recovery-kit", metavar="FILE", help=translate("cli", "also save the recovery kit to FILE"))
    _json_option(_command(vault_commands, "info", translate("cli", "show schema version, SQLCipher version, candidate count and policy"), vault.info))

    candidate_group = commands.add_parser("candidate", help=translate("cli", "add a candidate or record facts about one"))
    candidate_commands = candidate_group.add_subparsers(dest="subcommand", required=True, parser_class=_Parser)
    add = _command(candidate_commands, "add", translate("cli", "add a candidate"), candidates.add)
    add.add_argument("--name", required=True, help=translate("cli", "full name"))
    add.add_argument("--email", help=translate("cli", "email address"))
    add.add_argument("--applied", metavar="DATE", help=translate("cli", "application date (YYYY-MM-DD); opens a procedure"))
    _json_option(add)
    outcome = _command(candidate_commands, "outcome", translate("cli", "record the outcome of the candidate's procedure"), candidates.outcome)
    outcome.add_argument("id", type=int)
    outcome.add_argument("outcome", choices=("hired", "not-hired", "withdrawn", "open"))
    outcome.add_argument("--on", metavar="DATE", required=True, help=translate("cli", "date of the outcome (YYYY-MM-DD)"))
    contact = _command(candidate_commands, "contact", translate("cli", "record a contact with the candidate"), candidates.contact)
    contact.add_argument("id", type=int)
    contact.add_argument("--on", metavar="DATE", required=True, help=translate("cli", "date of the contact (YYYY-MM-DD)"))

    candidates_group = commands.add_parser("candidates", help=translate("cli", "list candidates"))
    candidates_commands = candidates_group.add_subparsers(dest="subcommand", required=True, parser_class=_Parser)
    _json_option(_command(candidates_commands, "list", translate("cli", "list candidates"), candidates.list_all))
    erase = _command(commands, "erase", translate("cli", "erase a candidate and all their data for good"), candidates.erase)
    erase.add_argument("id", type=int)

    retention_group = commands.add_parser("retention", help=translate("cli", "retention deadlines: what is due, and erasing it"))
    retention_commands = retention_group.add_subparsers(dest="subcommand", required=True, parser_class=_Parser)
    due = _command(retention_commands, "due", translate("cli", "list candidates overdue or due for deletion soon"), retention.due)
    due.add_argument("--on", metavar="DATE", help=translate("cli", "check as on this day (YYYY-MM-DD) instead of today"))
    due.add_argument("--within", metavar="DAYS", type=int, help=translate("cli", "days ahead to look (default: the alert window setting)"))
    _json_option(due)
    apply = _command(retention_commands, "apply", translate("cli", "erase every candidate whose deadline has come"), retention.apply)
    apply.add_argument("--on", metavar="DATE", help=translate("cli", "apply as on this day (YYYY-MM-DD) instead of today"))
    apply.add_argument("--yes", action="store_true", help=translate("cli", "confirm the erasure"))
    _json_option(apply)
    return parser


def _start_gui(args: argparse.Namespace) -> int:
    try:
        from recruitdesk.gui.app import run_gui
    except ImportError as exc:
        logs.log_unexpected(exc)
        print(translate("cli", "The RecruitDesk window cannot start: the Qt libraries could not be loaded."), file=sys.stderr)
        return 1
    return run_gui(args)


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
        return args.handler(args, keychain, clock)
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
