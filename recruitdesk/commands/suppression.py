"""``recruitdesk suppression list|add|remove``: who must not be contacted again, and on what basis.

The list shows counts per basis and each entry's request and date, never an identity.
"""

from __future__ import annotations

import argparse

from recruitdesk.clock import Clock
from recruitdesk.commands.common import (
    candidate_number, candidate_reference, command, group, json_option, open_for_command, print_json, shown_id,
)
from recruitdesk.i18n import translate
from recruitdesk.vault.keychain import Keychain


def list_all(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.suppression import list_entries

    with open_for_command(args, keychain, clock) as vault:
        listing = list_entries(vault, include_removed=args.all)
    return report_list(listing, args.json)


def report_list(listing, as_json: bool) -> int:
    """The list as ``suppression list`` prints it, a local vault's or a team's (``commands.team_records``)."""
    from recruitdesk.services.suppression import BASIS_LABELS

    if as_json:
        print_json(listing.to_json())
        return 0
    counts = listing.counts()
    print(translate("cli", "On the suppression list: {objection} from objections, {erasure} from erasure requests, {manual} marked by a recruiter.").format(
        objection=counts["objection"], erasure=counts["erasure_request"], manual=counts.get("manual", 0)))
    for row in listing.rows:
        request = translate("cli", "request {id}").format(id=row.request_id) if row.request_id else "-"
        removed = translate("cli", "removed on {date}").format(date=row.removed_on.isoformat()) if row.removed_on else ""
        print(f"{shown_id(row.id):>6}  {row.kind:<16}  {translate('suppression', BASIS_LABELS[row.basis]):<36}  {request:<14}  "
              f"{row.basis_on.isoformat() if row.basis_on else '-'}  {removed}".rstrip())
    return 0


def add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.suppression import do_not_contact_again

    number = candidate_number(args.candidate)
    with open_for_command(args, keychain, clock) as vault:
        added = do_not_contact_again(vault, number)
    print(translate("cli", "Candidate {id} must not be contacted again: %n identifiers put on the suppression list.", None,
                    added).format(id=number))
    return 0


def remove(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.suppression import SuppressionEntryNotFound, remove_entry

    if not args.entry.isdigit():
        raise SuppressionEntryNotFound(id=args.entry)
    with open_for_command(args, keychain, clock) as vault:
        remove_entry(vault, int(args.entry), args.reason)
    return report_removed(int(args.entry))


def report_removed(entry: object) -> int:
    print(translate("cli", "Entry {id} was removed from the suppression list.").format(id=shown_id(entry)))
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    suppression_commands = group(commands, "suppression", translate("cli", "the suppression list: people who must not be contacted again"))
    list_parser = command(suppression_commands, "list", translate("cli", "counts per basis and each entry's request and date (no identities)"), list_all)
    list_parser.add_argument("--all", action="store_true", help=translate("cli", "include removed entries"))
    json_option(list_parser)
    add_parser = command(suppression_commands, "add", translate("cli", "do not contact this candidate again: put their email and phone on the list"), add)
    add_parser.add_argument("candidate", type=candidate_reference, help=translate("cli", "the candidate's number"))
    remove_parser = command(suppression_commands, "remove", translate("cli", "take an entry off the suppression list, with a reason"), remove)
    remove_parser.add_argument("entry", type=str.strip, help=translate(
        "cli", "the entry's number (see suppression list; in a team vault: the first characters of its id)"))
    remove_parser.add_argument("--reason", metavar="TEXT", required=True, help=translate("cli", "why the entry is removed"))
