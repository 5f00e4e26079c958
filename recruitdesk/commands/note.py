"""``recruitdesk note add|list``: screening notes, for scripting and support."""

from __future__ import annotations

import argparse
import sys

from recruitdesk.clock import Clock
from recruitdesk.commands.common import (
    candidate_number, candidate_reference, command, group, json_option, open_for_command, print_json, printable, shown_id,
)
from recruitdesk.i18n import translate
from recruitdesk.vault.keychain import Keychain

# services.notes.KINDS, repeated so building the parser imports no services (a test checks).
KIND_CHOICES = ("interview", "phone_screen", "online_screening")


def note_json(view) -> dict:
    """A note as ``--json`` prints it (a team's the same, its ids as text: ``print_json``)."""
    return {"id": view.id, "candidate": view.candidate_id, "kind": view.kind, "source": view.source,
            "discussed_with_candidate": view.discussed_with_candidate, "author": view.author,
            "written_at": view.created_at.isoformat(timespec="seconds"), "text": view.body, "versions": len(view.history)}


def add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.notes import add_note

    body = sys.stdin.read() if args.text == "-" else args.text
    with open_for_command(args, keychain, clock) as vault:
        view = add_note(vault, candidate_number(args.candidate), args.kind, body, source=args.source, discussed_with_candidate=args.discussed)
    return report_added(view, args.json)


def report_added(view, as_json: bool) -> int:
    """A note added, a local vault's or a team's (``commands.team_records``), with the reminder a screening note needs."""
    if as_json:
        print_json(note_json(view))
    else:
        print(translate("cli", "Note {id} added to candidate {candidate}.").format(id=shown_id(view.id), candidate=shown_id(view.candidate_id)))
        if view.needs_discussion:
            print(translate("cli", "Discuss these online screening findings with the candidate; never reject on screening alone."),
                  file=sys.stderr)
    return 0


def list_all(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.notes import notes_of

    with open_for_command(args, keychain, clock) as vault:
        views = notes_of(vault, candidate_number(args.candidate))
    return report_notes(views, args.json)


def report_notes(views, as_json: bool) -> int:
    from recruitdesk import labels

    if as_json:
        print_json([note_json(view) for view in views])
        return 0
    for view in views:
        print(f"{shown_id(view.id):>6}  {view.created_at.astimezone():%Y-%m-%d %H:%M}  {labels.label('note_kind', view.kind)}  "
              f"{printable(view.author)}")
        for line in view.body.splitlines():
            print(f"        {line}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    note_commands = group(commands, "note", translate("cli", "write and read a candidate's screening notes"))
    add_parser = command(note_commands, "add", translate("cli", "write a note"), add)
    add_parser.add_argument("candidate", type=candidate_reference, help=translate("cli", "the candidate's number (in a team vault: the first digits of their id, or their name)"))
    add_parser.add_argument("--kind", choices=KIND_CHOICES, default="interview", help=translate("cli", "the kind of note (default: interview)"))
    add_parser.add_argument("--text", metavar="TEXT", required=True, help=translate("cli", "the note, or - to read it from standard input"))
    add_parser.add_argument("--source", metavar="TEXT", help=translate("cli", "online screening: where the findings were found"))
    add_parser.add_argument("--discussed", action="store_true", help=translate("cli", "online screening: the findings were discussed with the candidate"))
    json_option(add_parser)
    list_parser = command(note_commands, "list", translate("cli", "list a candidate's notes, oldest first"), list_all)
    list_parser.add_argument("candidate", type=candidate_reference, help=translate("cli", "the candidate's number (in a team vault: the first digits of their id, or their name)"))
    json_option(list_parser)
