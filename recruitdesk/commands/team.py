"""``recruitdesk team create|join|invite|members|role|revoke|renew-candidate-keys|info|policy|check|candidates|vacancies|export``: a team vault on a PostgreSQL server.

The team's folder is the one ``--vault`` names (or RECRUITDESK_VAULT): it then holds the team's
settings (``team.json``) instead of a local vault. The server password, when the server asks for
one, comes from RECRUITDESK_TEAM_PASSWORD or is asked for on the terminal, and is kept in the
keychain; it never goes into the address.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from recruitdesk.clock import Clock
from recruitdesk.commands.common import command, group, json_option, print_json, printable
from recruitdesk.i18n import translate
from recruitdesk.paths import resolve_vault_folder
from recruitdesk.retention.presets import PRESETS
from recruitdesk.vault.keychain import Keychain

PASSWORD_VARIABLE = "RECRUITDESK_TEAM_PASSWORD"
ROLES = ("recruiter", "admin", "dpo")


def keychain_or_system(keychain: Keychain | None) -> Keychain:
    from recruitdesk.services.vault_access import system_keychain

    return keychain or system_keychain()


def team_password(args: argparse.Namespace) -> str | None:
    value = os.environ.get(PASSWORD_VARIABLE)
    if value:
        return value
    if getattr(args, "ask_password", False):
        return getpass.getpass(translate("cli", "Password for the team server: ")) or None
    return None


def print_recovery_key(heading: str, recovery_key: str) -> None:
    """The recovery key under its (translated) heading, set apart so it is easy to copy, once."""
    print()
    print(heading)
    print()
    print(f"    {recovery_key}")
    print()


def _role(value: str):
    from recruitdesk.services.team_vault import Role

    return Role(value)


def _role_name(role) -> str:
    from recruitdesk.errors import ROLE_NAMES

    return translate("team roles", ROLE_NAMES.get(role.value, role.value))


def create(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_vault import create_team_vault

    folder = resolve_vault_folder(args.vault)
    profile, recovery_key = create_team_vault(folder, args.server, args.name, keychain_or_system(keychain), clock, team_password(args),
                                              preset=args.preset)
    if args.json:
        print_json({**profile.to_json(), "folder": str(folder), "recovery_key": recovery_key})
        return 0
    print(translate("cli", "Team vault created on the server; this computer's settings for it are in {folder}.").format(folder=folder))
    print(translate("cli", "You are its first administrator. Invite colleagues with: recruitdesk team invite --name NAME"))
    print_recovery_key(translate("cli", "The team's recovery key (shown only this once; print it or store it safely, away from this computer):"),
                       recovery_key)
    return 0


def join(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_vault import join_team_vault

    folder = resolve_vault_folder(args.vault)
    profile = join_team_vault(folder, args.server, args.code, keychain_or_system(keychain), clock, team_password(args))
    if args.json:
        print_json({**profile.to_json(), "folder": str(folder)})
    else:
        print(translate("cli", "This computer joined the team vault as {name}; its settings are in {folder}.").format(
            name=printable(profile.label), folder=folder))
    return 0


def invite(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_vault import invite_member

    invitation = invite_member(resolve_vault_folder(args.vault), keychain_or_system(keychain), clock, args.name, _role(args.role))
    expires = invitation.expires_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if args.json:
        print_json({"member_id": str(invitation.member_id), "role": invitation.role.value, "code": invitation.code,
                    "expires_at": invitation.expires_at.isoformat()})
        return 0
    print(translate("cli", "Enrolment code for {name} ({role}), valid once, until {expires}:").format(
        name=printable(args.name), role=_role_name(invitation.role), expires=expires))
    print()
    print(f"    {invitation.code}")
    print()
    print(translate("cli", "Give it to them in person or by phone, not in the same e-mail as the server's address. "
                           "They join with: recruitdesk team join --server ADDRESS --code CODE"))
    return 0


def members(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_vault import list_team_members

    listed = list_team_members(resolve_vault_folder(args.vault), keychain_or_system(keychain))
    if args.json:
        print_json([{"member_id": str(m.member_id), "name": m.label, "role": m.role.value, "joined_at": m.joined_at.isoformat(),
                     "revoked_at": m.revoked_at.isoformat() if m.revoked_at else None} for m in listed])
        return 0
    for m in listed:
        state = translate("cli", "revoked {date}").format(date=m.revoked_at.date().isoformat()) if m.revoked_at else \
            translate("cli", "joined {date}").format(date=m.joined_at.date().isoformat())
        print(f"{m.member_id.hex[:8]}  {printable(m.label):<30}  {_role_name(m.role):<40}  {state}")
    return 0


def role(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_vault import change_member_role

    changed = change_member_role(resolve_vault_folder(args.vault), keychain_or_system(keychain), clock, args.member, _role(args.role))
    print(translate("cli", "{name} is now {role}.").format(name=printable(changed.label), role=_role_name(changed.role)))
    return 0


def revoke(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_vault import finish_team_revocation, revoke_team_member

    def progress(done) -> None:
        print(translate("cli", "Renewing the keys: {moved} of {total} candidates.").format(moved=done.moved, total=done.total),
              file=sys.stderr)

    folder = resolve_vault_folder(args.vault)
    if args.finish:
        finished = finish_team_revocation(folder, keychain_or_system(keychain), clock, progress)
        print(translate("cli", "No revocation was left unfinished.") if finished is None else
              translate("cli", "The interrupted revocation is finished: every candidate is under the new keys."))
        return 0
    if not args.member:
        print(translate("cli", "Name the member to revoke, or use --finish."), file=sys.stderr)
        return 2
    revoked = revoke_team_member(folder, keychain_or_system(keychain), clock, args.member, progress)
    print(translate("cli", "{name} can no longer open the team vault; the team's keys are renewed.").format(name=printable(revoked.label)))
    return 0


def renew_candidate_keys(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_members import renew_candidate_keys_at

    def progress(done) -> None:
        print(translate("cli", "Renewing the candidate keys: {renewed} of {total} candidates.").format(
            renewed=done.renewed, total=done.total), file=sys.stderr)

    finished = renew_candidate_keys_at(resolve_vault_folder(args.vault), keychain_or_system(keychain), clock, progress)
    print(translate("cli", "The firm and every candidate have a new key (candidates: {total}); everything is sealed again.").format(
        total=finished.total))
    return 0


def info(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_vault import team_info

    found = team_info(resolve_vault_folder(args.vault), keychain_or_system(keychain))
    if args.json:
        print_json(found.to_json())
        return 0
    rows = [
        (translate("cli", "Team"), printable(found.name) or "-"),
        (translate("cli", "Team vault on"), found.server),
        (translate("cli", "Settings folder"), str(found.folder)),
        (translate("cli", "You"), f"{printable(found.label)} ({_role_name(found.role)})"),
        (translate("cli", "Members"), str(found.members)),
        (translate("cli", "Candidates"), str(found.candidates)),
        (translate("cli", "Schema revision"), found.schema_revision or "-"),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    return 0


def policy(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_retention import set_team_policy, team_policy

    folder = resolve_vault_folder(args.vault)
    if args.preset:
        found, recomputed = set_team_policy(folder, keychain_or_system(keychain), clock, args.preset)
        print(translate("cli", "The team's retention policy is now {title} (version {version}); {count} countdowns computed again.").format(
            title=PRESETS[args.preset].translated_title(), version=found.version, count=recomputed))
        return 0
    found = team_policy(folder, keychain_or_system(keychain))
    title = PRESETS[found.preset].translated_title() if found.preset in PRESETS else translate("cli", "a policy of the firm's own")
    print(translate("cli", "The team's retention policy: {title} (version {version}).").format(title=title, version=found.version))
    return 0


def check(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_retention import run_team_check

    report_check(run_team_check(resolve_vault_folder(args.vault), keychain_or_system(keychain), clock), args.json)
    return 0


def report_check(result, as_json: bool) -> None:
    """What ``team check`` and ``check`` on a team folder print."""
    from recruitdesk.services.team_retention import Outcome

    if as_json:
        print_json(result.to_json())
        return
    if result.outcome is Outcome.RAN:
        print(translate("cli", "Today's retention check ran: {count} countdowns computed again.").format(count=result.recomputed))
    elif result.outcome is Outcome.DONE_TODAY:
        print(translate("cli", "Today's retention check already ran (on this or a colleague's computer)."))
    else:
        print(translate("cli", "A colleague's computer is running today's retention check right now."))
    print(translate("cli", "Overdue for deletion: {overdue}; due within two weeks: {soon}.").format(overdue=result.overdue, soon=result.due_soon))


def candidates(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_export import team_candidates

    lines = team_candidates(resolve_vault_folder(args.vault), keychain_or_system(keychain), args.search)
    if args.json:
        print_json([line.to_json() for line in lines])
        return 0
    for line in lines:
        deadline = line.deadline.isoformat() if line.deadline else translate("cli", "on hold")
        print(f"{line.candidate_id.hex[:8]}  {printable(line.full_name):<40}  {deadline}")
    return 0


def vacancies(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.services.team_vacancies import list_team_vacancies, status_label

    listed = list_team_vacancies(resolve_vault_folder(args.vault), keychain_or_system(keychain))
    if args.json:
        print_json([row.to_json() for row in listed])
        return 0
    for row in listed:
        title = translate("cli", "{title} ({client})").format(title=row.title, client=row.client) if row.client else row.title
        counts = translate("cli", "%n applications, of which", None, row.applicants) + " " + \
            translate("cli", "%n still open", None, row.still_open)
        print(f"{row.vacancy_id.hex[:8]}  {printable(title):<50}  {status_label(row.status):<12}  {row.opened_on.isoformat()}  {counts}")
    return 0


def export(args: argparse.Namespace, keychain: Keychain | None, clock: Clock) -> int:
    from recruitdesk.commands.export import read_password, report_export
    from recruitdesk.services.exporting import check_password
    from recruitdesk.services.team_export import export_team_candidate

    password = read_password(args.password_file) if args.password_file else None
    check_password(password)
    found, result = export_team_candidate(resolve_vault_folder(args.vault), keychain_or_system(keychain), clock, args.candidate,
                                          Path(args.out).expanduser(), as_zip=args.zip, password=password)
    report_export(result, found.candidate_id.hex[:8], args.json)
    return 0


def register(commands: argparse._SubParsersAction) -> None:
    team_commands = group(commands, "team", translate("cli", "a team vault shared on a PostgreSQL server (end-to-end encrypted)"))
    password_help = translate("cli", "ask for the server's password on the terminal (or set RECRUITDESK_TEAM_PASSWORD)")

    create_parser = command(team_commands, "create", translate("cli", "create a team vault on an empty database and become its administrator"), create)
    create_parser.add_argument("--server", metavar="ADDRESS", required=True,
                               help=translate("cli", "the database, as postgresql://USER@HOST:PORT/DATABASE?sslmode=require"))
    create_parser.add_argument("--name", metavar="TEXT", required=True, help=translate("cli", "your name as your colleagues will see it"))
    create_parser.add_argument("--ask-password", action="store_true", help=password_help)
    create_parser.add_argument("--preset", default="nl-ap", choices=list(PRESETS),
                               help=translate("cli", "retention preset: {names}").format(names=", ".join(PRESETS)))
    json_option(create_parser)

    join_parser = command(team_commands, "join", translate("cli", "join a team vault with the enrolment code an administrator gave you"), join)
    join_parser.add_argument("--server", metavar="ADDRESS", required=True, help=translate("cli", "the team's database address"))
    join_parser.add_argument("--code", metavar="CODE", required=True, help=translate("cli", "the enrolment code"))
    join_parser.add_argument("--ask-password", action="store_true", help=password_help)
    json_option(join_parser)

    invite_parser = command(team_commands, "invite", translate("cli", "make a one-time enrolment code for a new member (administrators)"), invite)
    invite_parser.add_argument("--name", metavar="TEXT", required=True, help=translate("cli", "the new member's name"))
    invite_parser.add_argument("--role", choices=ROLES, default="recruiter", help=translate("cli", "recruiter (default), admin or dpo (read only)"))
    json_option(invite_parser)

    members_parser = command(team_commands, "members", translate("cli", "list the team's members and their roles"), members)
    json_option(members_parser)

    role_parser = command(team_commands, "role", translate("cli", "give a member another role (administrators)"), role)
    role_parser.add_argument("member", help=translate("cli", "the member's name or the first digits of their id"))
    role_parser.add_argument("role", choices=ROLES, help=translate("cli", "recruiter, admin or dpo"))

    revoke_parser = command(team_commands, "revoke", translate(
        "cli", "revoke a member and renew the team's keys (administrators); run again with --finish after an interruption"), revoke)
    revoke_parser.add_argument("member", nargs="?", help=translate("cli", "the member's name or the first digits of their id"))
    revoke_parser.add_argument("--finish", action="store_true", help=translate("cli", "finish an interrupted revocation"))

    command(team_commands, "renew-candidate-keys", translate(
        "cli", "give the firm and every candidate a new key and seal their data again, after a hostile departure (administrators); "
               "run again after an interruption"), renew_candidate_keys)

    policy_parser = command(team_commands, "policy", translate("cli", "show the team's retention policy, or set it (administrators)"), policy)
    policy_parser.add_argument("--preset", choices=list(PRESETS), help=translate("cli", "retention preset: {names}").format(names=", ".join(PRESETS)))

    check_parser = command(team_commands, "check", translate("cli", "run today's retention check for the team (once a day per team)"), check)
    json_option(check_parser)

    candidates_parser = command(team_commands, "candidates", translate("cli", "list the team's candidates with their deadline"), candidates)
    candidates_parser.add_argument("--search", metavar="TEXT", help=translate("cli", "only the candidates a search finds"))
    json_option(candidates_parser)

    vacancies_parser = command(team_commands, "vacancies", translate("cli", "list the team's vacancies with their applications"),
                               vacancies)
    json_option(vacancies_parser)

    export_parser = command(team_commands, "export", translate("cli", "export everything about one team candidate (an access request)"), export)
    export_parser.add_argument("candidate", help=translate("cli", "the first digits of the candidate's id, or their name"))
    export_parser.add_argument("--out", metavar="DIR", required=True, help=translate("cli", "the folder to write the export into"))
    export_parser.add_argument("--zip", action="store_true", help=translate("cli", "write one .zip file instead of a folder"))
    export_parser.add_argument("--password-file", metavar="FILE", help=translate(
        "cli", "encrypt the zip (AES-256) with the password on the first line of FILE; implies --zip"))
    json_option(export_parser)

    info_parser = command(team_commands, "info", translate("cli", "show the team vault's server, your role and the counts"), info)
    json_option(info_parser)
