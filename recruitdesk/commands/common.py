"""What every command that works inside a vault needs: unlocking it, dates, JSON output."""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import errno
import getpass
import json
import os
import sys

from typing import Callable

from recruitdesk import errors, i18n
from recruitdesk.clock import Clock, ManualClock
from recruitdesk.i18n import translate
from recruitdesk.paths import resolve_vault_folder
from recruitdesk.vault.keychain import Keychain
from recruitdesk.vault.vault import Vault


# Exit codes beyond 0 (done): 1 and 2 mean an error (2: the input or the vault), 3 a missing
# candidate. A check that ran fine but found something to act on exits with its own code, so a
# scheduled job can act on it without parsing the output.
SOMETHING_DUE = 4  # ``retention due``, ``requests due``, ``check``: something is due or overdue
AUDIT_BROKEN = 5  # ``audit verify``: the chain is broken


def open_for_command(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> Vault:
    """Unlock with the keychain (plus the passphrase once the vault has one: RECRUITDESK_PASSPHRASE,
    else asked for on the terminal), or headless with --recovery-key-file / RECRUITDESK_RECOVERY_KEY."""
    from recruitdesk.services.unlock import unlock_vault
    from recruitdesk.services.vault_access import passphrase_from_environment, recovery_key_from, system_keychain

    folder = resolve_vault_folder(getattr(args, "vault", None))
    recovery_key = recovery_key_from(getattr(args, "recovery_key_file", None))
    passphrase = passphrase_from_environment()
    factory = (lambda: keychain) if keychain is not None else system_keychain
    try:
        vault = unlock_vault(folder, clock, recovery_key, keychain_factory=factory, passphrase=passphrase)
    except errors.PassphraseRequired:
        if recovery_key is not None or passphrase or not _interactive_terminal():
            raise
        typed = getpass.getpass(translate("cli", "Passphrase of the vault: "))
        vault = unlock_vault(folder, clock, None, keychain_factory=factory, passphrase=typed)
    for warning in vault.warnings:
        print(warning.message(), file=sys.stderr)
    return vault


def _interactive_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def candidate_reference(value: str) -> str:
    """How a command names a candidate: a local vault's number, or in a team vault the first digits
    of their id or words of their name (``commands.team_routing``); checked by the handler."""
    return value.strip()


SHORT_ID = 8  # the characters of a team record's opaque id shown, as ``candidates list`` shows a candidate's


def shown_id(value: object) -> object:
    """A local record's number as it is, or the first characters of a team record's opaque id (a UUID):
    how a command's printer names either (``commands.team_records`` prints through the local printers)."""
    return value if isinstance(value, int) else str(value)[:SHORT_ID]


def candidate_number(reference: str) -> int:
    """A local vault's candidate number; anything else is a candidate that does not exist (exit code 3)."""
    try:
        return int(reference)
    except ValueError:
        raise errors.CandidateNotFound(id=reference) from None


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


# --- output that survives hostile file names and a closed pipe ----------------------------------
# Characters that would move the cursor, recolour or rewrite the terminal, or reorder the line
# (bidirectional overrides: "cv\u202efdp.exe" shows as "cvexe.pdf").
_BIDI_CONTROLS = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: object) -> str:
    """``text`` for a terminal: control characters, ESC sequences and bidi overrides escaped.

    A newline becomes ``\\n``, ESC ``\\x1b``; a byte of a file name that is not UTF-8 (kept by
    Python as a lone surrogate) becomes ``\\xff``. Display only: ``--json`` gives the exact bytes.
    """
    out = []
    for char in str(text):
        code = ord(char)
        if code < 0x20 or code == 0x7F or 0x80 <= code <= 0x9F:
            out.append(_NAMED_ESCAPES.get(char, f"\\x{code:02x}"))
        elif 0xDC80 <= code <= 0xDCFF:  # surrogateescape: one undecodable byte of a name
            out.append(f"\\x{code - 0xDC00:02x}")
        elif 0xD800 <= code <= 0xDFFF or code in _BIDI_CONTROLS:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def file_name_fields(path: os.PathLike[str] | str) -> dict[str, str | None]:
    """``file`` as valid UTF-8 text, and ``file_bytes`` to get the exact name back.

    Most names are UTF-8: ``file`` is the name and ``file_bytes`` is null. A name that is not
    (a Latin-1 name from an old zip, on Linux) cannot be JSON text as it is: ``file`` then shows
    each undecodable byte as ``\\xNN`` and ``file_bytes`` holds the name's exact bytes in base64
    (``os.fsencode``; on Windows, where names are UTF-16, an unpaired surrogate is encoded as
    UTF-8 would encode it).
    """
    raw = os.fsencode(path)
    try:
        return {"file": raw.decode("utf-8"), "file_bytes": None}
    except UnicodeDecodeError:
        return {"file": raw.decode("utf-8", "backslashreplace"), "file_bytes": base64.b64encode(raw).decode("ascii")}


def json_line(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


class LineOutput:
    """Lines on stdout that never fail on an encoding and notice a closed pipe.

    Text is encoded with backslash escapes for what the output encoding cannot hold; in a JSON
    line that turns a stray lone surrogate into a valid ``\\udcxx`` escape, so the line is
    always UTF-8 JSON. When the reader goes away (``| head -1``), ``closed`` becomes true, later
    lines are dropped and stdout is pointed at the null device so Python's own flush at exit
    does not complain; the command decides how to stop.
    """

    def __init__(self, encoding: str | None = None) -> None:
        self.encoding = encoding
        self.closed = False

    def write(self, text: str) -> bool:
        if self.closed:
            return False
        stream = sys.stdout
        encoding = self.encoding or getattr(stream, "encoding", None) or "utf-8"
        data = (text + "\n").encode(encoding, "backslashreplace")
        try:
            buffer = getattr(stream, "buffer", None)
            if buffer is None:
                stream.write(data.decode(encoding))
                stream.flush()
            else:
                stream.flush()
                buffer.write(data)
                buffer.flush()
        except OSError as exc:
            if not is_closed_pipe(exc):
                raise
            self.closed = True
            silence_stdout()
            return False
        return True


def is_closed_pipe(exc: BaseException) -> bool:
    """A reader that went away: EPIPE on POSIX, EINVAL for a closed pipe on Windows."""
    return isinstance(exc, BrokenPipeError) or (isinstance(exc, OSError) and exc.errno in (errno.EPIPE, errno.EINVAL))


def silence_stdout() -> None:
    """Send the rest of stdout to the null device (its buffered bytes can no longer be written)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass
