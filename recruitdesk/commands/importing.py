"""``recruitdesk import PATH... [--json]``: import CVs headless, with the detected values.

Output is streamed, one file at a time, so a long batch shows progress and a killed run has
already reported every file it committed. ``--json`` prints JSON Lines: one object per file,
per line (file, file_bytes, status, action, candidate_id, name, email, phone, warnings, error,
...). Every line is valid UTF-8 JSON: a file name that is not UTF-8 is shown in ``file`` with
``\\xNN`` for each undecodable byte, and its exact bytes are in ``file_bytes`` (base64; null for
ordinary names). The plain output escapes control characters, ESC sequences and bidi overrides
in names and detected values (``\\n``, ``\\x1b``), so a file name cannot rewrite the terminal.

Files found but deliberately left out (hidden files, Office lock files, links to files outside
the folder; see ``importing.sources``) are listed with status ``skipped`` and their reason.

A closed output (``recruitdesk import DIR | head -1``) stops the import cleanly: the file being
stored is finished (each file is its own transaction), the rest is not started, the summary
goes to stderr and the exit status is 141, like a command stopped by SIGPIPE. Running the same
command again imports the rest; what was stored is recognised as duplicates.

Exit status: 0 when every file was imported, recognised as a duplicate or skipped with its
reason, 1 when at least one file failed (all other files are still processed; re-run the
command on the failed ones), 141 when the output was closed, and the usual vault error codes
when the vault cannot be opened.
"""

from __future__ import annotations

import argparse
import sys
import threading

from recruitdesk.clock import Clock
from recruitdesk.commands.common import (
    LineOutput, command, file_name_fields, json_line, json_option, open_for_command, printable,
)
from recruitdesk.i18n import translate
from recruitdesk.vault.keychain import Keychain

CLOSED_OUTPUT_EXIT = 141  # 128 + SIGPIPE, what a shell reports for a command stopped by a closed pipe


def run_import(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.importing import import_files

    output = LineOutput("utf-8" if args.json else None)
    stop = threading.Event()  # set when the reader of our output is gone

    def report(done: int, total: int, result) -> None:
        lines = [json_line({**result.to_json(), **file_name_fields(result.path)})] if args.json else \
            [_line(result)] + ["    " + printable(warning) for warning in result.warnings]
        for line in lines:
            if not output.write(line):
                stop.set()
                return

    with open_for_command(args, keychain, clock) as vault:
        results = import_files(vault, args.paths, progress=report, cancel=stop, on_duplicate=args.on_duplicate,
                               redact=args.redact or args.redact_special, redact_special=args.redact_special, attach_to=args.attach_to,
                               vacancy_id=args.vacancy)
    failed = [result for result in results if result.status in ("failed", "cancelled")]
    if output.closed:
        done = sum(1 for result in results if result.status != "cancelled")
        print(translate("cli", "The output was closed; the import stopped after {done} of {total} files. The stored files are kept; "
                               "run the import again for the rest.").format(done=done, total=len(results)), file=sys.stderr)
        return CLOSED_OUTPUT_EXIT
    if not args.json:
        counts = {status: sum(1 for r in results if r.status == status) for status in ("imported", "duplicate", "failed", "skipped")}
        print(translate("cli", "{imported} imported, {duplicate} duplicates, {failed} failed, {skipped} not imported.").format(**counts),
              file=sys.stderr)
        if failed:
            print(translate("cli", "Fix or remove the failed files and run the import again for them; nothing else is repeated."), file=sys.stderr)
    return 1 if failed else 0


def _line(result) -> str:
    """One line per file; every value from a file name or a file's content is ``printable``."""
    file, id_ = printable(result.file), result.candidate_id
    name = printable(result.name) if result.name is not None else None
    reason = printable(result.failure.message()) if result.failure else ""
    if result.status == "skipped":
        return translate("cli", "skipped    {file}: {reason}").format(file=file, reason=reason)
    if result.status == "imported":
        return translate("cli", "imported   {file} -> candidate {id} ({name})").format(file=file, id=id_, name=name)
    if result.status == "duplicate":
        if result.action == "attached":
            return translate("cli", "attached   {file} -> existing candidate {id} ({name})").format(file=file, id=id_, name=name)
        if result.action == "merged":
            return translate("cli", "merged     {file} -> existing candidate {id} ({name}); missing contact details filled in").format(
                file=file, id=id_, name=name)
        return translate("cli", "duplicate  {file} = candidate {id} ({name}); not imported").format(file=file, id=id_, name=name)
    return translate("cli", "failed     {file}: {reason}").format(file=file, reason=reason)


def register(commands: argparse._SubParsersAction) -> None:
    parser = command(commands, "import", translate("cli", "import CV files or folders (PDF, Word, OpenDocument, RTF, text) as candidates"), run_import)
    parser.add_argument("paths", nargs="+", metavar="PATH", help=translate("cli", "files or folders (folders are read recursively)"))
    parser.add_argument(
        "--on-duplicate", choices=("skip", "attach", "merge", "create"), default="skip",
        help=translate("cli", "when the person is already in the vault: skip the file (default), attach it to them, merge (attach and fill their empty contact fields), or create a new candidate anyway"),
    )
    parser.add_argument("--attach-to", metavar="ID", type=int, help=translate("cli", "add the files to this existing candidate instead of creating candidates"))
    parser.add_argument("--vacancy", metavar="ID", type=int, help=translate("cli", "every imported candidate applies for this vacancy"))
    parser.add_argument("--redact", action="store_true", help=translate(
        "cli", "remove national numbers and bank account numbers from everything the vault keeps; the document is stored as a redacted PDF copy"))
    parser.add_argument("--redact-special", action="store_true", help=translate(
        "cli", "with --redact: also remove the words about health, religion, union membership and other special categories found"))
    json_option(parser)
