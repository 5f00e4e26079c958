"""``recruitdesk export ID --out DIR`` and ``recruitdesk processing-record --out FILE``.

The export warning goes to stderr, so a script that reads stdout (the path, or --json) still
gets only the result, while a person at the terminal always sees that the data left the vault.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from recruitdesk.clock import Clock
from recruitdesk.commands.common import candidate_number, candidate_reference, command, json_option, open_for_command, print_json
from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_, translate
from recruitdesk.vault.keychain import Keychain


class PasswordFileUnreadable(RecruitDeskError):
    code = "password-file-unreadable"
    exit_code = 2
    template = N_("errors", "The password file {file} cannot be read.")


def read_password(path: str) -> str:
    """The first line of ``path``, without its line ending (so `echo pw > file` works)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise PasswordFileUnreadable(file=path) from None
    lines = text.splitlines()
    return lines[0] if lines else ""


def export(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.exporting import check_password, export_candidate

    password = read_password(args.password_file) if args.password_file else None
    check_password(password)
    number = candidate_number(args.id)
    with open_for_command(args, keychain, clock) as vault:
        result = export_candidate(vault, number, Path(args.out), as_zip=args.zip, password=password, request_id=args.request)
    report_export(result, number, args.json)
    return 0


def report_export(result, candidate: object, as_json: bool) -> None:
    """What every export prints: the warning that the data now leaves the vault, then where it went."""
    from recruitdesk.services.exporting import AES_NOTE, EXPORT_WARNING

    print(translate("export", EXPORT_WARNING), file=sys.stderr)
    if result.encrypted:
        print(translate("export", AES_NOTE), file=sys.stderr)
    if as_json:
        print_json({"path": str(result.path), "files": list(result.files), "encrypted": result.encrypted})
    else:
        print(translate("cli", "Candidate {id} exported to {path}").format(id=candidate, path=result.path))


def processing_record(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.exporting import write_processing_record

    target = record_target(args, clock)
    with open_for_command(args, keychain, clock) as vault:
        path = write_processing_record(vault, target)
    report_record(path)
    return 0


def record_target(args: argparse.Namespace, clock: Clock) -> Path:
    """``--out``: the file, or a dated name in the folder it names (a local or a team vault's record)."""
    from recruitdesk.services.exporting import processing_record_name

    target = Path(args.out)
    return target / processing_record_name(clock.today()) if target.is_dir() else target


def report_record(path: Path) -> None:
    print(translate("cli", "Record of processing activities written to {path}").format(path=path))


def register(commands: argparse._SubParsersAction) -> None:
    export_parser = command(commands, "export", translate(
        "cli", "export one candidate's data (xlsx, JSON and original documents) as a folder or zip; the export leaves the vault"), export)
    export_parser.add_argument("id", type=candidate_reference, help=translate("cli", "the candidate's number (in a team vault: the first digits of their id, or their name)"))
    export_parser.add_argument("--out", metavar="DIR", required=True, help=translate("cli", "the folder to write the export into"))
    export_parser.add_argument("--zip", action="store_true", help=translate("cli", "write one .zip file instead of a folder"))
    export_parser.add_argument("--password-file", metavar="FILE", help=translate(
        "cli", "encrypt the zip (AES-256) with the password on the first line of FILE; implies --zip"))
    export_parser.add_argument("--request", metavar="N", type=int, help=translate("cli", "the rights request this export answers (for the audit log)"))
    json_option(export_parser)
    record_parser = command(commands, "processing-record", translate(
        "cli", "write the record of processing activities (GDPR Art. 30) for the configured policy as .xlsx"), processing_record)
    record_parser.add_argument("--out", metavar="FILE", required=True, help=translate("cli", "the .xlsx file to write (or a folder for a dated name)"))
