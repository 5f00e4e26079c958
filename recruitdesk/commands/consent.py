"""``recruitdesk consent add|withdraw|list``: recording consent with proof, and withdrawing it.

Withdrawal is as easy as giving (GDPR Art. 7(3)): one command with the consent's number.
"""

from __future__ import annotations

import argparse
import mimetypes
from pathlib import Path

from recruitdesk.clock import Clock
from recruitdesk.commands.common import (
    candidate_number, candidate_reference, command, group, json_option, open_for_command, parse_date, print_json, shown_id,
)
from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_, translate
from recruitdesk.vault.keychain import Keychain

# services.consents.PURPOSES and CHANNELS, repeated so building the parser imports no services
# (a test checks they agree).
PURPOSE_CHOICES = ("recruitment_reserve", "share_with_clients", "share_with_affiliates")
CHANNEL_CHOICES = ("email", "web_form", "paper", "phone", "in_person", "other")
MAX_EVIDENCE_BYTES = 50 * 1024 * 1024


class EvidenceFileUnreadable(RecruitDeskError):
    code = "evidence-file-unreadable"
    exit_code = 2
    template = N_("errors", "The evidence file {file} cannot be read (it must exist and be at most 50 MB).")


def _evidence(path: str | None):
    from recruitdesk.services.consents import Evidence

    if not path:
        return None
    try:
        file = Path(path)
        if file.stat().st_size > MAX_EVIDENCE_BYTES:
            raise OSError("too large")
        content = file.read_bytes()
    except OSError:
        raise EvidenceFileUnreadable(file=path) from None
    return Evidence(file.name, mimetypes.guess_type(file.name)[0] or "application/octet-stream", content)


def _json(view) -> dict:
    return {"id": view.id, "candidate": view.candidate_id, "purpose": view.purpose, "given_on": view.given_on.isoformat(),
            "channel": view.channel, "text_version": view.text_version, "text": view.text, "evidence_document": view.evidence_document_id,
            "expires_on": view.expires_on.isoformat() if view.expires_on else None,
            "withdrawn_on": view.withdrawn_on.isoformat() if view.withdrawn_on else None}


def add(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.consents import give_consent

    evidence = _evidence(args.evidence)
    with open_for_command(args, keychain, clock) as vault:
        view = give_consent(vault, candidate_number(args.candidate), args.purpose, parse_date(args.given) if args.given else clock.today(), args.channel,
                            text=args.text, text_version=args.text_version, evidence=evidence)
    return report_added(view, args.json)


def report_added(view, as_json: bool) -> int:
    """A consent recorded, a local vault's or a team's (``commands.team_records``, as a ``ConsentView``)."""
    if as_json:
        print_json(_json(view))
    else:
        print(translate("cli", "Consent {id} recorded for candidate {candidate}.").format(id=shown_id(view.id),
                                                                                         candidate=shown_id(view.candidate_id)))
    return 0


def withdraw(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.consents import withdraw as withdraw_consent

    from recruitdesk.services.consents import ConsentNotFound

    if not args.consent.isdigit():
        raise ConsentNotFound(id=args.consent)
    with open_for_command(args, keychain, clock) as vault:
        view = withdraw_consent(vault, int(args.consent), parse_date(args.on) if args.on else None)
    return report_withdrawn(view)


def report_withdrawn(view) -> int:
    print(translate("cli", "Consent {id} withdrawn on {date}.").format(id=shown_id(view.id),
                                                                     date=view.withdrawn_on.isoformat() if view.withdrawn_on else "-"))
    return 0


def list_all(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.consents import consents_of

    with open_for_command(args, keychain, clock) as vault:
        views = consents_of(vault, candidate_number(args.candidate))
    return report_list(views, args.json)


def report_list(views, as_json: bool) -> int:
    """The consents, newest first, as ``consent list`` prints them."""
    from recruitdesk import labels

    if as_json:
        print_json([_json(view) for view in views])
        return 0
    for view in views:
        if view.withdrawn_on:
            state = translate("cli", "withdrawn on {date}").format(date=view.withdrawn_on.isoformat())
        elif view.expires_on:
            state = translate("cli", "until {date}").format(date=view.expires_on.isoformat())
        else:
            state = translate("cli", "in force")
        print(f"{shown_id(view.id):>6}  {labels.label('consent_purpose', view.purpose):<40}  {view.given_on.isoformat()}  {state}")
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    consent_commands = group(commands, "consent", translate("cli", "record, withdraw and list a candidate's consents"))
    add_parser = command(consent_commands, "add", translate("cli", "record a consent with what proves it"), add)
    add_parser.add_argument("candidate", type=candidate_reference, help=translate("cli", "the candidate's number (in a team vault: the first digits of their id, or their name)"))
    add_parser.add_argument("--purpose", choices=PURPOSE_CHOICES, default="recruitment_reserve", help=translate("cli", "what the consent is for"))
    add_parser.add_argument("--channel", choices=CHANNEL_CHOICES, required=True, help=translate("cli", "how the consent was given"))
    add_parser.add_argument("--given", metavar="DATE", help=translate("cli", "the day consent was given (YYYY-MM-DD; default today)"))
    add_parser.add_argument("--text", metavar="TEXT", help=translate("cli", "the wording the candidate agreed to"))
    add_parser.add_argument("--text-version", metavar="NAME", help=translate("cli", "the version of the consent text shown"))
    add_parser.add_argument("--evidence", metavar="FILE", help=translate("cli", "a file that proves the consent (mail, scan)"))
    json_option(add_parser)
    withdraw_parser = command(consent_commands, "withdraw", translate("cli", "withdraw a consent"), withdraw)
    withdraw_parser.add_argument("consent", type=str.strip, help=translate(
        "cli", "the consent's number (see consent list; in a team vault: the first characters of its id)"))
    withdraw_parser.add_argument("--on", metavar="DATE", help=translate("cli", "the day it was withdrawn (YYYY-MM-DD; default today)"))
    list_parser = command(consent_commands, "list", translate("cli", "list a candidate's consents, newest first"), list_all)
    list_parser.add_argument("candidate", type=candidate_reference, help=translate("cli", "the candidate's number (in a team vault: the first digits of their id, or their name)"))
    json_option(list_parser)
