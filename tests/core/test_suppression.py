"""The suppression list holds only people with a basis (objection, erasure request, manual),
each linked to its request and date; it lists counts and request ids, never identities; an
entry can be removed with a reason; adding or importing someone on it warns."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from recruitdesk import cli
from recruitdesk.clock import ManualClock
from recruitdesk.services import rights_requests as rr
from recruitdesk.services import suppression
from recruitdesk.services.candidates import new_candidate
from recruitdesk.services.erasure import erase_candidate
from recruitdesk.services.vault_access import open_vault
from recruitdesk.store.models import AuditEntry, SuppressionEntry


@pytest.fixture
def vault(new_vault):
    vault, _ = new_vault
    return vault


def _candidate(vault, name="Jan Peeters", email="jan.peeters@example.be", phone="0470 12 34 56") -> int:
    with vault.session() as session, session.begin():
        return new_candidate(session, vault.candidate_keys, vault.clock, name, email=email, phone=phone,
                             applied_on=dt.date(2026, 1, 5)).id


def test_an_erasure_request_puts_the_person_on_the_list_linked_to_the_request(vault):
    candidate = _candidate(vault)
    request = rr.register(vault, "erasure", dt.date(2026, 2, 20), candidate, "identity card seen").id
    rr.complete(vault, request, "erased")
    assert suppression.is_suppressed(vault, email="Jan.Peeters@example.be")
    with vault.session() as session:
        entries = session.scalars(select(SuppressionEntry)).all()
    assert {(e.kind, e.basis, e.rights_request_id, e.basis_on) for e in entries} == {
        ("email", "erasure_request", request, dt.date(2026, 2, 20)), ("phone", "erasure_request", request, dt.date(2026, 2, 20))}


def test_a_routine_or_manual_erasure_adds_nothing(vault):
    erase_candidate(vault, _candidate(vault))
    erase_candidate(vault, _candidate(vault, "An Claes", "an@example.be", None))
    assert suppression.list_entries(vault, include_removed=True).rows == []


@pytest.mark.parametrize("kind, basis", [("erasure", "erasure_request"), ("objection", "objection")])
def test_a_candidate_erased_by_hand_while_their_erasure_request_or_objection_is_open_goes_on_the_list(vault, kind, basis):
    """Delete… (or the sweep) before the request was completed: the person still asked, and their e-mail and
    phone would be gone when the request is completed later, so the erasure puts them on the list itself."""
    candidate = _candidate(vault)
    other = _candidate(vault, "An Claes", "an@example.be", None)
    answered = rr.register(vault, kind, dt.date(2026, 2, 10), other, "by phone").id
    rr.complete(vault, answered, "honoured", **({"action": "restrict"} if kind == "objection" else {}))
    first = rr.register(vault, kind, dt.date(2026, 2, 20), candidate, "identity card seen").id
    rr.register(vault, "access", dt.date(2026, 2, 21), candidate, "identity card seen")
    before = {row.request_id for row in suppression.list_entries(vault).rows}
    assert not suppression.is_suppressed(vault, email="jan.peeters@example.be")  # the control: open, not yet on the list

    erase_candidate(vault, candidate)

    assert suppression.is_suppressed(vault, email="Jan.Peeters@example.be") and suppression.is_suppressed(vault, phone="+32470123456")
    added = [row for row in suppression.list_entries(vault).rows if row.request_id not in before]
    assert {(row.basis, row.request_id) for row in added} == {(basis, first)}
    assert len(added) == 2  # the e-mail address and the phone number


def test_do_not_contact_again_and_the_list_shows_no_identities(vault):
    candidate = _candidate(vault)
    objector = _candidate(vault, "Piet Smet", "piet@example.be", None)
    request = rr.register(vault, "objection", dt.date(2026, 2, 1), objector, "by phone").id
    rr.complete(vault, request, "objection honoured", action="restrict")
    assert suppression.do_not_contact_again(vault, candidate) == 2
    listing = suppression.list_entries(vault)
    assert listing.counts() == {"objection": 1, "erasure_request": 0, "manual": 2}
    assert {(r.basis, r.request_id) for r in listing.rows} == {("objection", request), ("manual", None)}
    text = json.dumps(listing.to_json())
    assert "piet" not in text.lower() and "jan" not in text.lower() and "0470" not in text
    with vault.session() as session:
        assert "suppression.added" in {e.action for e in session.scalars(select(AuditEntry))}


def test_removing_an_entry_needs_a_reason_and_stops_the_match(vault):
    candidate = _candidate(vault)
    suppression.do_not_contact_again(vault, candidate)
    entry = suppression.list_entries(vault).rows[0]
    with pytest.raises(suppression.SuppressionReasonRequired):
        suppression.remove_entry(vault, entry.id, "  ")
    suppression.remove_entry(vault, entry.id, "Marked by mistake, the candidate asked us to keep in touch")
    assert len(suppression.list_entries(vault).rows) == 1
    assert [r.removed_on for r in suppression.list_entries(vault, include_removed=True).rows if r.id == entry.id] == [vault.clock.today()]
    with pytest.raises(suppression.SuppressionEntryNotFound):
        suppression.remove_entry(vault, entry.id, "Marked by mistake again")
    with vault.session() as session:
        removal = session.scalars(select(AuditEntry).where(AuditEntry.action == "suppression.removed")).one()
        assert "mistake" not in (removal.details_json or "")  # the reason stays on the entry, not in the log


@pytest.fixture
def run(vault_folder, keychain, capsys):
    def invoke(*argv: str):
        clock = ManualClock(dt.datetime(2026, 3, 2, 9))
        code = cli.main([*argv, "--vault", str(vault_folder)], keychain=keychain, clock=clock)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


def test_cli_add_list_remove_and_candidate_add_warns_on_a_match(run):
    run("vault", "init")
    code, out, _ = run("candidate", "add", "--name", "Jan Peeters", "--email", "jan.peeters@example.be", "--json")
    candidate = json.loads(out)["id"]
    code, out, _ = run("suppression", "add", str(candidate))
    assert (code, out.strip()) == (0, f"Candidate {candidate} must not be contacted again: 1 identifier put on the suppression list.")
    code, out, _ = run("suppression", "list")
    lines = out.strip().splitlines()
    assert lines[0] == "On the suppression list: 0 from objections, 0 from erasure requests, 1 marked by a recruiter."
    assert "Do not contact again (recruiter)" in lines[1] and "jan" not in out.lower()
    code, out, err = run("candidate", "add", "--name", "J. Peeters", "--email", "Jan.Peeters@example.be")
    assert code == 0 and err.strip().startswith("Warning: this person is on the suppression list")
    code, _, err = run("candidate", "add", "--name", "Someone Else", "--email", "else@example.be")
    assert code == 0 and err == ""
    entry = json.loads(run("suppression", "list", "--json")[1])["entries"][0]["id"]
    code, _, err = run("suppression", "remove", str(entry), "--reason", "no")
    assert code == 2 and "written reason" in err
    assert run("suppression", "remove", str(entry), "--reason", "Added by mistake")[0] == 0
    assert json.loads(run("suppression", "list", "--json")[1])["counts"]["manual"] == 0
    code, _, err = run("suppression", "remove", "999", "--reason", "Added by mistake")
    assert code == 3


def test_the_upgrade_drops_routine_entries_and_keeps_requests(new_vault, vault_folder, keychain, clock):
    """Migration 0004: entries a routine erasure left have no basis and go; objections and
    erasure requests stay, dated by when they were added."""
    from alembic import command

    from recruitdesk.store import migrate

    vault, _ = new_vault
    config = migrate._config()
    with vault.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
        for number, reason in enumerate(("objection", "erased_request", "erased_retention_due", "erased_manual")):
            connection.exec_driver_sql("INSERT INTO suppression_list (identifier_hash, kind, reason, added_at) VALUES (?, 'email', ?, ?)",
                                       (bytes([number]) * 32, reason, "2025-06-0%d 10:00:00.000000" % (number + 1)))
    vault.close()
    with open_vault(vault_folder, keychain, clock) as upgraded:
        rows = suppression.list_entries(upgraded).rows
    assert [(r.basis, r.basis_on) for r in rows] == [("objection", dt.date(2025, 6, 1)), ("erasure_request", dt.date(2025, 6, 2))]


def test_entries_carried_in_with_their_key_match_and_are_listed_the_key_kept_sealed(vault):
    """What ``vault migrate --from-team`` leaves: a team's digests under the team's key, which comes along sealed."""
    from sqlalchemy import text

    from recruitdesk.identifiers import digests_under

    team_key = bytes(range(1, 33))
    entries = [suppression.DigestEntry(digest, kind, suppression.OBJECTION, dt.date(2026, 2, 1), None)
               for kind, digest in digests_under(team_key, "returning@example.be", "+32 470 55 44 33")]
    assert suppression.take_carried(vault, team_key, ("BE", "NL"), entries) == 2
    assert suppression.is_suppressed(vault, email="Returning@example.be")
    assert suppression.is_suppressed(vault, phone="0470 55 44 33")
    assert not suppression.is_suppressed(vault, email="someone.else@example.be")  # control
    suppression.do_not_contact_again(vault, _candidate(vault))  # this vault's own key, beside the carried one
    assert suppression.list_entries(vault).counts() == {"objection": 2, "erasure_request": 0, "manual": 2}
    with vault.read_session() as session:
        stored = b"".join(bytes(value) for value in session.execute(text("SELECT key_sealed FROM suppression_keys")).scalars())
    assert stored and team_key not in stored
    carried = suppression.carried_list(vault)
    assert [(group.key == team_key, len(group.entries)) for group in carried.keyed] == [(False, 2), (True, 2)]
