"""The ``recruitdesk`` command: the GUI by default, and headless commands for scripts.

Every failure the user can cause prints one translated sentence to stderr and exits non-zero;
anything unexpected prints a generic sentence and logs a scrubbed traceback. Never a traceback
on the terminal.
"""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from recruitdesk import __version__, errors, i18n, logs, preferences
from recruitdesk.clock import Clock, SystemClock
from recruitdesk.commands import (
    audit, backups, candidates, check, consent, export, hold, importing, note, requests, retention, suppression, team, vacancies, vault,
)
from recruitdesk.commands import team_routing
from recruitdesk.commands.common import Parser, common_options, silence_stdout
from recruitdesk.i18n import translate
from recruitdesk.paths import resolve_vault_folder
from recruitdesk.vault import database
from recruitdesk.vault.keychain import Keychain


COMMAND_MODULES = (vault, candidates, vacancies, consent, note, hold, retention, backups, importing, requests, export, check, audit,
                   suppression, team)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="recruitdesk", description=translate("cli", "RecruitDesk: an encrypted candidate vault with GDPR retention countdowns."))
    parser.add_argument("--version", action="version", version=f"RecruitDesk {__version__}")
    parser.add_argument("--demo", action="store_true", help=translate("cli", "start on a throwaway demo vault with sample candidates"))
    parser.add_argument("--team", action="store_true", help=translate(
        "cli", "with --demo: the demo on a throwaway team vault (starts a PostgreSQL server of its own, stopped when you quit)"))
    parser.add_argument("--tray", action="store_true",
                        help=translate("cli", "start in the notification area with the vault locked (used at login)"))
    # For packaging and CI smoke tests: start, show the window, report, quit with 0.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    common_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def _start_gui(args: argparse.Namespace, clock: Clock) -> int:
    try:
        from recruitdesk.gui.shell.app import run_gui
    except ImportError as exc:
        logs.log_unexpected(exc)
        print(translate("cli", "The RecruitDesk window cannot start: the Qt libraries could not be loaded."), file=sys.stderr)
        return 1
    if args.team:
        from recruitdesk.commands.team_demo import run_team_demo

        return run_team_demo(args, run_gui, clock)
    return run_gui(args)


def main(argv: Sequence[str] | None = None, keychain: Keychain | None = None, clock: Clock | None = None) -> int:
    """Entry point. ``keychain`` and ``clock`` are injectable for tests."""
    i18n.set_language(preferences.language() or i18n.detect_language())
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(arguments)
    if getattr(args, "lang", None):
        i18n.set_language(args.lang)
    clock = clock or SystemClock()
    try:
        if args.command is None:
            if args.team and not args.demo:
                print(translate("cli", "--team goes with --demo: recruitdesk --demo --team"), file=sys.stderr)
                return 2
            return _start_gui(args, clock)
        code = team_routing.handler_for(args)(args, keychain, clock)
        sys.stdout.flush()  # a closed pipe shows up here for buffered output, not at interpreter exit
        return code
    except errors.RecruitDeskError as error:
        print(error.message(), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(translate("cli", "Interrupted."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        silence_stdout()  # the reader went away (``| head``): stop quietly, as a shell command does
        return 141
    except Exception as exc:  # the last line of defence: no traceback reaches the user
        return _unexpected(exc, args)


def _unexpected(exc: Exception, args: argparse.Namespace) -> int:
    known = database.error_for(exc, resolve_vault_folder(getattr(args, "vault", None)))
    if known is not None:
        print(known.message(), file=sys.stderr)
        return known.exit_code
    logs.log_unexpected(exc)
    print(translate("cli", "An unexpected error occurred. Details without personal data were written to {file}.").format(file=logs.log_file()), file=sys.stderr)
    return 1
