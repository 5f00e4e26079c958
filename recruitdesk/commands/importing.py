"""``recruitdesk import PATH... [--json]``: import CVs headless, with the detected values.

Output is streamed, one file at a time, so a long batch shows progress and a killed run has
already reported every file it committed. ``--json`` prints JSON Lines: one object per file,
per line (file, status, action, candidate_id, name, email, phone, warnings, error, ...).

Exit status: 0 when every file was imported or recognised as a duplicate, 1 when at least one
file failed (all other files are still processed; re-run the command on the failed ones), and
the usual vault error codes when the vault cannot be opened.
"""

from __future__ import annotations

import argparse
import json
import sys

from recruitdesk.clock import Clock
from recruitdesk.commands.common import command, json_option, open_for_command
from recruitdesk.i18n import translate
from recruitdesk.vault.keychain import Keychain

def run_import(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.importing import import_files

    def report(done: int, total: int, result) -> None:
        if args.json:
            print(json.dumps(result.to_json(), ensure_ascii=False, default=str), flush=True)
        else:
            print(_line(result), flush=True)
            for warning in result.warnings:
                print("    " + warning, flush=True)

    with open_for_command(args, keychain, clock) as vault:
        results = import_files(vault, args.paths, progress=report, on_duplicate=args.on_duplicate, redact=args.redact,
                               attach_to=args.attach_to)
    failed = [result for result in results if result.status in ("failed", "cancelled")]
    if not args.json:
        counts = {status: sum(1 for r in results if r.status == status) for status in ("imported", "duplicate", "failed")}
        print(translate("cli", "{imported} imported, {duplicate} duplicates, {failed} failed.").format(**counts), file=sys.stderr)
        if failed:
            print(translate("cli", "Fix or remove the failed files and run the import again for them; nothing else is repeated."), file=sys.stderr)
    return 1 if failed else 0


def _line(result) -> str:
    if result.status == "imported":
        return translate("cli", "imported   {file} -> candidate {id} ({name})").format(file=result.file, id=result.candidate_id, name=result.name)
    if result.status == "duplicate":
        if result.action == "attached":
            return translate("cli", "attached   {file} -> existing candidate {id} ({name})").format(file=result.file, id=result.candidate_id, name=result.name)
        if result.action == "merged":
            return translate("cli", "merged     {file} -> existing candidate {id} ({name}); missing contact details filled in").format(
                file=result.file, id=result.candidate_id, name=result.name)
        return translate("cli", "duplicate  {file} = candidate {id} ({name}); not imported").format(file=result.file, id=result.candidate_id, name=result.name)
    return translate("cli", "failed     {file}: {reason}").format(file=result.file, reason=result.failure.message() if result.failure else "")


def register(commands: argparse._SubParsersAction) -> None:
    parser = command(commands, "import", translate("cli", "import CV files or folders (PDF, Word, OpenDocument, RTF, text) as candidates"), run_import)
    parser.add_argument("paths", nargs="+", metavar="PATH", help=translate("cli", "files or folders (folders are read recursively)"))
    parser.add_argument(
        "--on-duplicate", choices=("skip", "attach", "merge", "create"), default="skip",
        help=translate("cli", "when the person is already in the vault: skip the file (default), attach it to them, merge (attach and fill their empty contact fields), or create a new candidate anyway"),
    )
    parser.add_argument("--attach-to", metavar="ID", type=int, help=translate("cli", "add the files to this existing candidate instead of creating candidates"))
    parser.add_argument("--redact", action="store_true", help=translate("cli", "remove national numbers and bank account numbers from the stored text"))
    json_option(parser)
