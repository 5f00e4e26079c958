"""``recruitdesk vault migrate``: a local vault copied into a new team vault on a real PostgreSQL
server, every count checked, nothing readable on the server, the local vault only read."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest
from sqlalchemy import select

from recruitdesk import cli
from recruitdesk.services import team_vault, vacancies
from recruitdesk.services.applications import apply, set_rating
from recruitdesk.services.candidates import RESTRICTED
from recruitdesk.services.team_vault import opened_team
from recruitdesk.services.vault_access import open_vault
from recruitdesk.store.models import Candidate, Procedure
from recruitdesk.team import notes as team_notes
from recruitdesk.team.applications import applications_of_candidate
from recruitdesk.team.candidates import list_candidates, read_candidate, search
from recruitdesk.team.consents import consents_of
from recruitdesk.team.contacts import contacts_of
from recruitdesk.team.documents import documents_of, read_document
from recruitdesk.team.notes import notes_of
from recruitdesk.team.retention import status_of as retention_status
from recruitdesk.team.rights_requests import register
from recruitdesk.team.vacancies import all_vacancies
from tests.exporting.conftest import _populate


@pytest.fixture
def local_vault(new_vault, clock, vault_folder):
    vault, _ = new_vault
    an = _populate(vault, clock, "An Peeters", "an.peeters@example.be", "+32470111111", "anq")
    bram = _populate(vault, clock, "Bram Maes", "bram.maes@example.nl", "+31612345678", "bramq")
    vacancy = vacancies.add_vacancy(vault, "Lasser", client="Scheepswerf Noord", location="Gent")
    set_rating(vault, apply(vault, an.id, vacancy), 4, blind=True)  # rated in the blind review
    vault.close()
    return an, bram


def _digest(folder, keychain, clock) -> dict[str, object]:
    """Every table's rows, hashed; the audit trail aside (it records the copy, checked on its own)."""
    from sqlalchemy import text

    from recruitdesk.services.vault_access import open_vault

    with open_vault(folder, keychain, clock) as vault, vault.read_session() as session:
        names = session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                     "AND name NOT IN ('audit_entries', 'audit_chain_head')")).scalars().all()
        return {name: hashlib.sha256(repr(session.execute(text(f'SELECT * FROM "{name}" ORDER BY 1')).all()).encode()).hexdigest()
                for name in names}


def _migrate(keychain, clock, capsys, *argv):
    code = cli.main(["vault", "migrate", *argv], keychain=keychain, clock=clock)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def test_a_local_vault_is_copied_into_a_new_team_vault_with_every_count_checked(
        local_vault, vault_folder, keychain, clock, capsys, team_engine, postgres_server, tmp_path):
    an, bram = local_vault
    url = team_engine.url.render_as_string(hide_password=False)
    before = _digest(vault_folder, keychain, clock)
    code, out, err = _migrate(keychain, clock, capsys, "--to", url, "--team-folder", str(tmp_path / "team"), "--name", "Anna",
                              "--vault", str(vault_folder), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["copied"] == {"candidates": 2, "documents": 4, "notes": 4, "note_versions": 2, "consents": 2, "requests": 4, "vacancies": 1,
                                "applications": 1, "stage_moves": 1, "contacts": 4, "firm_profile": 0,
                                "suppression": 0}
    assert report["left_behind"] == {}  # two contacts each go too; procedures outside a vacancy go as facts
    assert _digest(vault_folder, keychain, clock) == before  # the local vault's data was only read
    assert cli.main(["audit", "list", "--json", "--vault", str(vault_folder)], keychain=keychain, clock=clock) == 0
    copied = [entry for entry in json.loads(capsys.readouterr().out) if entry["action"] == "vault.copied_to_team"]
    assert len(copied) == 1 and report["team_id"] in json.dumps(copied[0])

    with team_vault.opened_team(tmp_path / "team", keychain) as (engine, team):
        [found] = search(engine, team, "peeters an")
        person = read_candidate(engine, team, found)
        assert (person.personal.full_name, person.personal.email, person.personal.phone) == (an.name, an.email, an.phone)
        assert person.deadline is not None
        documents = documents_of(engine, team, found)
        assert sorted(d.filename for d in documents) == ["CV An Peeters.pdf", "anq-mail.eml"]
        cv = next(d for d in documents if d.filename.startswith("CV"))
        assert read_document(engine, team, cv.document_id).content == an.cv  # the original file, byte for byte
        assert search(engine, team, "anq-cv-text") == [found]  # the document's text is searchable
        assert sorted(n.content.body for n in notes_of(engine, team, found)) == ["anq-screening", "anq-second-note"]
        edited = next(n for n in notes_of(engine, team, found) if n.content.body == "anq-second-note")
        assert [v.content.body for v in team_notes.history_of(engine, team, edited.note_id)] == ["anq-first-note", "anq-second-note"]
        [consent] = consents_of(engine, team, found)
        assert consent.terms.wording == "anq-consent-wording" and consent.terms.evidence_document_id in {d.document_id for d in documents}
        assert sorted(r.details.identity_check or "" for r in register(engine, team) if r.candidate_id == found) == ["anq-identity", "mail"]
        assert [(c.terms.on, c.terms.kind, c.terms.channel, c.terms.wording) for c in contacts_of(engine, team, found)] == [
            (dt.date(2026, 1, 20), "contact", "phone", None),
            (dt.date(2026, 1, 21), "rejection_sent", "email", "anq-reserve-wording: may we keep your CV for two years?")]
        [application] = applications_of_candidate(engine, team, found)
        [vacancy] = all_vacancies(engine, team)
        assert (application.vacancy_id, application.stage, application.outcome, application.ended_on) == (
            vacancy.vacancy_id, "new", "open", None)
        assert (application.review.rating, application.review.blind) == (4, True)  # sealed with the stage
        assert vacancy.fields.title == "Lasser"
        assert retention_status(engine, team, found, clock.today()).situation == "procedure_open"

    dump = postgres_server.dump(team_engine.url.database)
    assert str(team.keys.team_id).encode() in dump  # control: the scan reads the team's rows
    for person in (an, bram):
        for needle in (person.name, person.email, person.phone, *person.secrets):
            assert needle.encode() not in dump, needle
    assert b"Scheepswerf Noord" not in dump  # the vacancy's client is sealed under the firm key


def test_a_count_that_does_not_match_is_an_error_and_the_local_vault_is_untouched(
        local_vault, vault_folder, keychain, clock, capsys, team_engine, tmp_path, monkeypatch):
    url = team_engine.url.render_as_string(hide_password=False)
    real = team_notes.copy_note
    skipped = []

    def losing_one(engine, team, candidate_id, kind, versions, clock):
        if not skipped:
            skipped.append(kind)
            return None
        return real(engine, team, candidate_id, kind, versions, clock)

    monkeypatch.setattr(team_notes, "copy_note", losing_one)
    before = _digest(vault_folder, keychain, clock)
    code, _out, err = _migrate(keychain, clock, capsys, "--to", url, "--team-folder", str(tmp_path / "team"), "--name", "Anna",
                               "--vault", str(vault_folder))
    assert code != 0 and "the local vault has 4 notes, the team vault 3" in err
    assert _digest(vault_folder, keychain, clock) == before


def test_the_team_folder_must_be_free(local_vault, vault_folder, keychain, clock, capsys, team_engine):
    url = team_engine.url.render_as_string(hide_password=False)
    code, _out, err = _migrate(keychain, clock, capsys, "--to", url, "--team-folder", str(vault_folder), "--name", "Anna",
                               "--vault", str(vault_folder))
    assert code != 0 and "already holds a vault" in err


def test_a_team_vault_is_copied_back_into_a_new_local_vault(
        local_vault, vault_folder, keychain, clock, capsys, team_engine, tmp_path):
    an, bram = local_vault
    url = team_engine.url.render_as_string(hide_password=False)
    assert _migrate(keychain, clock, capsys, "--to", url, "--team-folder", str(tmp_path / "team"), "--name", "Anna",
                    "--vault", str(vault_folder))[0] == 0
    code, out, err = _migrate(keychain, clock, capsys, "--from-team", str(tmp_path / "team"), "--vault", str(tmp_path / "back"), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["copied"] == {"candidates": 2, "documents": 4, "notes": 4, "note_versions": 2, "consents": 2, "requests": 4, "vacancies": 1,
                                "applications": 1, "stage_moves": 1, "contacts": 4, "firm_profile": 0,
                                "suppression": 0}

    from recruitdesk.services.candidate_search import search_candidates
    from recruitdesk.services.exporting import export_candidate
    from recruitdesk.services.rights_requests import list_requests
    from recruitdesk.services.vault_access import open_vault

    def snapshot(folder):
        with open_vault(folder, keychain, clock) as vault:
            people = {}
            for request_view in list_requests(vault):
                assert request_view.candidate_id is not None
            for person in (an, bram):
                [found] = search_candidates(vault, person.name)
                result = export_candidate(vault, found, tmp_path / f"export-{folder.name}-{found}")
                data = json.loads((result.path / "data.json").read_text())
                people[person.name] = (
                    {key: data["candidate"][key] for key in ("full_name", "email", "phone", "city")},
                    sorted((d["kind"], d["filename"], d["sha256"]) for d in data["documents"]),
                    sorted((n["kind"], n["body"], n["source"], n["discussed_with_candidate"]) for n in data["notes"]),
                    sorted([(v["written_at"], v["body"]) for v in n["history"]] for n in data["notes"]),  # every version, when
                    sorted((c["purpose"], c["text"], c["given_on"], c["withdrawn_on"]) for c in data["consents"]),
                    sorted((r["kind"], r["received_on"], r["due_on"], r["extended_to"], r["completed_on"], r["outcome"]) for r in data["requests"]),
                    [(c["on"], c["kind"], c["channel"], c["wording_version"], c["wording"]) for c in data["contacts"]],
                )
                assert search_candidates(vault, person.secrets[0].split("-")[0] + "-cv-text") == [found]  # the CV text is searchable
            vacancy = [(v.title, v.client, v.location, v.status, v.stages) for v in vacancies.list_vacancies(vault, statuses=None)]
            with vault.read_session() as session:
                applied = sorted((p.candidate.full_name, p.title, p.client, p.stage, p.outcome, p.applied_on, p.ended_on,
                                  p.rating, p.rating_blind)
                                 for p in session.scalars(select(Procedure).where(Procedure.vacancy_id.is_not(None))))
                deadlines = sorted((c.full_name, c.retention.due_on if c.retention else None)
                                   for c in session.scalars(select(Candidate)))
            return people, vacancy, applied, deadlines

    original, copied = snapshot(vault_folder), snapshot(tmp_path / "back")
    assert copied == original
    histories = [[body for _when, body in history] for history in original[0][an.name][3]]
    assert ["anq-first-note", "anq-second-note"] in histories  # control: the edited note's two versions came back
    assert [row[:5] for row in original[2]] == [(an.name, "Lasser", "Scheepswerf Noord", "new", "open")]  # control
    assert [row[7:] for row in original[2]] == [(4, True)]  # the blind rating went to the team and came back


def test_a_restricted_candidate_stays_restricted_both_ways(local_vault, vault_folder, keychain, clock, capsys, team_engine, tmp_path):
    _an, bram = local_vault
    with open_vault(vault_folder, keychain, clock) as vault, vault.session() as session, session.begin():
        session.get(Candidate, bram.id).situation = RESTRICTED  # as completing a restriction request leaves them
    url = team_engine.url.render_as_string(hide_password=False)
    assert _migrate(keychain, clock, capsys, "--to", url, "--team-folder", str(tmp_path / "team"), "--name", "Anna",
                    "--vault", str(vault_folder))[0] == 0
    with opened_team(tmp_path / "team", keychain) as (engine, team):
        assert {row.full_name: row.restricted for row in list_candidates(engine, team)} == {"An Peeters": False, "Bram Maes": True}
    assert _migrate(keychain, clock, capsys, "--from-team", str(tmp_path / "team"), "--vault", str(tmp_path / "back"))[0] == 0
    with open_vault(tmp_path / "back", keychain, clock) as vault, vault.read_session() as session:
        situations = dict(session.execute(select(Candidate.full_name, Candidate.situation)).all())
    assert situations["Bram Maes"] == RESTRICTED and situations["An Peeters"] != RESTRICTED


def test_the_firm_profile_goes_to_the_team_and_back_counted(local_vault, vault_folder, keychain, clock, capsys, team_engine,
                                                            postgres_server, tmp_path):
    from recruitdesk.services import firm_settings
    from recruitdesk.team import firm_profile

    with open_vault(vault_folder, keychain, clock) as vault:
        local = firm_settings.save_firm_settings(vault, firm_settings.FirmSettings(
            firm_name="Uitzendbureau Noord BV", privacy_contact="privacy@noord.example", privacy_statement_url="https://noord.example/privacy",
            backup_interval_days=3))
    url = team_engine.url.render_as_string(hide_password=False)
    code, out, err = _migrate(keychain, clock, capsys, "--to", url, "--team-folder", str(tmp_path / "team"), "--name", "Anna",
                              "--vault", str(vault_folder))
    assert code == 0, err
    assert "    firm profile: 1" in out.splitlines()  # counted and checked like every other kind
    with opened_team(tmp_path / "team", keychain) as (engine, team):
        stored = firm_profile.read_profile(engine, team)
    assert stored == firm_profile.StoredProfile(firm_profile.FirmProfile(local.firm_name, local.privacy_contact,
                                                                         local.privacy_statement_url), 1)
    assert b"Uitzendbureau Noord" not in postgres_server.dump(team_engine.url.database)  # sealed under the firm key

    code, out, err = _migrate(keychain, clock, capsys, "--from-team", str(tmp_path / "team"), "--vault", str(tmp_path / "back"), "--json")
    assert code == 0, err
    assert json.loads(out)["copied"]["firm_profile"] == 1
    with open_vault(tmp_path / "back", keychain, clock) as vault:
        back = firm_settings.read_firm_settings(vault)
    assert (back.firm_name, back.privacy_contact, back.privacy_statement_url) == (
        local.firm_name, local.privacy_contact, local.privacy_statement_url)
    assert back.backup_interval_days == firm_settings.FirmSettings().backup_interval_days  # only the profile travels


def _suppress_locally(vault_folder, keychain, clock, an, bram) -> int:
    """An objects (request received on 1 February, processing restricted), Bram is marked "do not
    contact again" by a recruiter, and a third candidate's manual entry is taken off the list again.
    Returns the objection's request id."""
    from recruitdesk.services import rights_requests, suppression
    from recruitdesk.services.candidates import new_candidate

    with open_vault(vault_folder, keychain, clock) as vault:
        objection = rights_requests.register(vault, "objection", dt.date(2026, 2, 1), an.id, identity_check="by phone").id
        rights_requests.complete(vault, objection, "objection honoured", action="restrict")
        suppression.do_not_contact_again(vault, bram.id)
        with vault.session() as session, session.begin():
            cas = new_candidate(session, vault.candidate_keys, clock, "Cas Jacobs", email="cas.jacobs@example.be", phone=None,
                                applied_on=dt.date(2026, 1, 5)).id
        suppression.do_not_contact_again(vault, cas)
        removed = max(suppression.list_entries(vault).rows, key=lambda row: row.id)  # Cas's e-mail address (no phone)
        suppression.remove_entry(vault, removed.id, "Marked by mistake, she asked to stay")
        assert suppression.list_entries(vault).counts() == {"objection": 2, "erasure_request": 0, "manual": 2}
    return objection


def test_the_suppression_list_goes_to_the_team_and_is_recognised_there_with_its_basis(
        local_vault, vault_folder, keychain, clock, capsys, team_engine, tmp_path):
    from sqlalchemy import func

    from recruitdesk.team import suppression as team_suppression
    from recruitdesk.team.schema import suppression as suppression_table

    an, bram = local_vault
    _suppress_locally(vault_folder, keychain, clock, an, bram)
    url = team_engine.url.render_as_string(hide_password=False)
    code, out, err = _migrate(keychain, clock, capsys, "--to", url, "--team-folder", str(tmp_path / "team"), "--name", "Anna",
                              "--vault", str(vault_folder), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["copied"]["suppression"] == 4  # An's and Bram's e-mail address and phone number
    assert report["left_behind"] == {"suppression_removed": 1}  # Cas's entry, taken off the list, stays behind

    with opened_team(tmp_path / "team", keychain) as (engine, team), engine.connect() as connection:
        def hit(email, phone=None):
            return team_suppression.is_suppressed(connection, team, email, phone)

        objection = team_suppression.SuppressionHit(team_suppression.OBJECTION, dt.date(2026, 2, 1))
        assert hit("AN.Peeters@example.be") == objection
        assert hit(None, "0470 11 11 11") == objection  # the phone alone, written another way
        assert hit("bram.maes@example.nl") == team_suppression.SuppressionHit(team_suppression.MANUAL, clock.today())
        assert hit(None, "06 12345678") == team_suppression.SuppressionHit(team_suppression.MANUAL, clock.today())
        assert hit("someone.else@example.org", "+32 470 99 99 99") is None  # control: an unrelated person
        assert hit("cas.jacobs@example.be") is None  # removed from the local list: it does not match in the team
        [objection_request] = [row for row in register(engine, team) if row.kind == "objection"]
        linked = connection.execute(select(suppression_table.c.basis, suppression_table.c.request_id)
                                    .where(suppression_table.c.basis == "objection")).all()
        assert linked == [("objection", objection_request.request_id)] * 2
        assert connection.scalar(select(func.count()).select_from(suppression_table)
                                 .where(suppression_table.c.basis == "manual", suppression_table.c.request_id.is_(None))) == 2


def test_the_carried_digest_key_is_ciphertext_on_the_server(local_vault, vault_folder, keychain, clock, capsys, team_engine,
                                                            postgres_server, tmp_path):
    from recruitdesk.team.schema import suppression as suppression_table

    an, bram = local_vault
    _suppress_locally(vault_folder, keychain, clock, an, bram)
    with open_vault(vault_folder, keychain, clock) as vault:
        key = vault.candidate_keys.identifier_hash_key()
    url = team_engine.url.render_as_string(hide_password=False)
    assert _migrate(keychain, clock, capsys, "--to", url, "--team-folder", str(tmp_path / "team"), "--name", "Anna",
                    "--vault", str(vault_folder))[0] == 0
    with team_engine.connect() as connection:
        digest = connection.scalar(select(suppression_table.c.digest).limit(1))
    dump = postgres_server.dump(team_engine.url.database)
    assert b"team_suppression_keys" in dump and digest.hex().encode() in dump  # control: the scan reads the rows, bytea as hex
    assert key.hex().encode() not in dump and key not in dump


def test_a_suppression_count_that_does_not_match_is_an_error(local_vault, vault_folder, keychain, clock, capsys, team_engine,
                                                             tmp_path, monkeypatch):
    from recruitdesk.team import suppression as team_suppression

    an, bram = local_vault
    _suppress_locally(vault_folder, keychain, clock, an, bram)
    real = team_suppression.carry_in

    def losing_one(connection, team, key, regions, entries, clock):
        return real(connection, team, key, regions, entries[1:], clock)

    monkeypatch.setattr(team_suppression, "carry_in", losing_one)
    url = team_engine.url.render_as_string(hide_password=False)
    code, _out, err = _migrate(keychain, clock, capsys, "--to", url, "--team-folder", str(tmp_path / "team"), "--name", "Anna",
                               "--vault", str(vault_folder))
    assert code != 0 and "the local vault has 4 suppression list entries, the team vault 3" in err


def test_the_team_suppression_list_comes_back_and_the_local_import_recognises_them(
        local_vault, vault_folder, keychain, clock, capsys, team_engine, tmp_path):
    from dataclasses import replace

    from recruitdesk.services import suppression
    from recruitdesk.services.importing import import_files
    from recruitdesk.services.rights_requests import list_requests
    from recruitdesk.team import request_actions, rights_requests
    from recruitdesk.team import suppression as team_suppression
    from tests.importing import make_files

    an, bram = local_vault
    _suppress_locally(vault_folder, keychain, clock, an, bram)
    url = team_engine.url.render_as_string(hide_password=False)
    assert _migrate(keychain, clock, capsys, "--to", url, "--team-folder", str(tmp_path / "team"), "--name", "Anna",
                    "--vault", str(vault_folder))[0] == 0
    received = dt.date(2026, 3, 2)
    with opened_team(tmp_path / "team", keychain) as (engine, team):  # an erasure completed in the team, about a non-candidate
        dates = rights_requests.RequestDates(received, received + dt.timedelta(days=30))
        person = rights_requests.RequestDetails("Griet Vandenbroeck", "ID card shown", email="griet.vandenbroeck@example.be")
        request_id = rights_requests.record_request(engine, team, None, "erasure", dates, person, clock)
        request_actions.complete_suppressing(engine, team, request_id, 1, replace(dates, completed_on=clock.today()),
                                             replace(person, outcome="we hold nothing more"), team_suppression.ERASURE_REQUEST, clock)

    code, out, err = _migrate(keychain, clock, capsys, "--from-team", str(tmp_path / "team"), "--vault", str(tmp_path / "back"), "--json")
    assert code == 0, err
    assert json.loads(out)["copied"]["suppression"] == 5

    with open_vault(tmp_path / "back", keychain, clock) as vault:
        assert suppression.is_suppressed(vault, email="Griet.Vandenbroeck@example.be")  # the team's own key
        assert suppression.is_suppressed(vault, phone="0470 11 11 11")  # An: the first local vault's key, carried twice
        assert suppression.is_suppressed(vault, email="bram.maes@example.nl")
        assert not suppression.is_suppressed(vault, email="someone.else@example.org", phone="+32 470 99 99 99")  # control
        assert not suppression.is_suppressed(vault, email="cas.jacobs@example.be")  # removed in the first vault: left behind
        listing = suppression.list_entries(vault)
        assert listing.counts() == {"objection": 2, "erasure_request": 1, "manual": 2}
        [erasure] = [row for row in listing.rows if row.basis == "erasure_request"]
        [local_request] = [r for r in list_requests(vault) if r.kind == "erasure"]
        assert (erasure.basis_on, erasure.request_id) == (received, local_request.id)
        [result] = import_files(vault, [make_files.write_docx(tmp_path / "cv.docx", make_files.dutch_cv_lines())])
        assert result.notices[0].code == "suppressed"  # Griet's CV, dropped in the new local vault, is flagged


def _history_of_an(vault_folder, keychain, clock, an) -> tuple[dt.date | None, list[tuple[str | None, str, dt.date]]]:
    from recruitdesk.store.models import StageMove

    with open_vault(vault_folder, keychain, clock) as vault, vault.read_session() as session:
        procedure = session.scalars(select(Procedure).join(Candidate).where(Candidate.full_name == an.name,
                                                                            Procedure.vacancy_id.is_not(None))).one()
        moves = session.scalars(select(StageMove).where(StageMove.procedure_id == procedure.id).order_by(StageMove.at, StageMove.id))
        return procedure.stage_changed_on, [(move.from_stage, move.to_stage, move.on) for move in moves]


def _move_an(vault_folder, keychain, clock, an) -> None:
    """An's application moves on twice, days apart, the second time to a stage the firm typed itself."""
    from recruitdesk.services.applications import move_stage

    with open_vault(vault_folder, keychain, clock) as vault:
        [vacancy] = vacancies.list_vacancies(vault, statuses=None)
        vacancies.edit_vacancy(vault, vacancy.id, stages=["new", "screening", "Proefdag op de werf", "offer"])
        with vault.read_session() as session:
            application = session.scalars(select(Procedure.id).join(Candidate).where(Candidate.full_name == an.name,
                                                                                     Procedure.vacancy_id.is_not(None))).one()
        clock.advance(days=3)
        move_stage(vault, application, "screening")
        clock.advance(days=4)
        move_stage(vault, application, "Proefdag op de werf")


def test_the_stage_history_goes_to_the_team_and_back_counted(local_vault, vault_folder, keychain, clock, capsys, team_engine,
                                                            postgres_server, tmp_path):
    from recruitdesk.team import stage_history
    from recruitdesk.team.applications import applications_of_vacancy

    an, _bram = local_vault
    _move_an(vault_folder, keychain, clock, an)
    local_day, local_moves = _history_of_an(vault_folder, keychain, clock, an)
    assert [move[:2] for move in local_moves] == [(None, "new"), ("new", "screening"), ("screening", "Proefdag op de werf")]  # control
    url = team_engine.url.render_as_string(hide_password=False)
    code, out, err = _migrate(keychain, clock, capsys, "--to", url, "--team-folder", str(tmp_path / "team"), "--name", "Anna",
                              "--vault", str(vault_folder), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["copied"]["stage_moves"] == 3 and report["left_behind"] == {}
    with opened_team(tmp_path / "team", keychain) as (engine, team):
        [application] = applications_of_vacancy(engine, team, all_vacancies(engine, team)[0].vacancy_id)
        moves = stage_history.moves_of_application(engine, team, application.application_id)
        assert [(move.from_stage, move.to_stage, move.moved_on) for move in moves] == local_moves
        assert {move.moved_by for move in moves} == {f"member:{team.member_id}"}  # the copying member
        assert application.stage_changed_on == local_day
    assert b"Proefdag op de werf" not in postgres_server.dump(team_engine.url.database)  # the stages are sealed

    code, out, err = _migrate(keychain, clock, capsys, "--from-team", str(tmp_path / "team"), "--vault", str(tmp_path / "back"), "--json")
    assert code == 0, err
    assert json.loads(out)["copied"]["stage_moves"] == 3
    assert _history_of_an(tmp_path / "back", keychain, clock, an) == (local_day, local_moves)


def test_a_stage_history_count_that_does_not_match_is_an_error(local_vault, vault_folder, keychain, clock, capsys,
                                                                        team_engine, tmp_path, monkeypatch):
    from recruitdesk.team import stage_history

    an, _bram = local_vault
    _move_an(vault_folder, keychain, clock, an)
    url = team_engine.url.render_as_string(hide_password=False)
    real = stage_history.record_move
    recorded = []

    def losing_one(*args, **kwargs):
        recorded.append(args)
        return real(*args, **kwargs) if len(recorded) != 2 else None

    monkeypatch.setattr(stage_history, "record_move", losing_one)
    code, _out, err = _migrate(keychain, clock, capsys, "--to", url, "--team-folder", str(tmp_path / "team"), "--name", "Anna",
                               "--vault", str(vault_folder))
    assert code != 0 and "the local vault has 3 stage moves of applications, the team vault 2" in err


def test_a_stage_history_count_that_does_not_match_back_in_a_local_vault_is_an_error(
        local_vault, vault_folder, keychain, clock, capsys, team_engine, tmp_path, monkeypatch):
    from recruitdesk.services import vault_migration

    an, _bram = local_vault
    _move_an(vault_folder, keychain, clock, an)
    url = team_engine.url.render_as_string(hide_password=False)
    assert _migrate(keychain, clock, capsys, "--to", url, "--team-folder", str(tmp_path / "team"), "--name", "Anna",
                    "--vault", str(vault_folder))[0] == 0
    real_add = vault_migration._add_local_moves
    monkeypatch.setattr(vault_migration, "_add_local_moves",
                        lambda session, procedure_of, moves, authors: real_add(session, procedure_of, moves[1:], authors))
    code, _out, err = _migrate(keychain, clock, capsys, "--from-team", str(tmp_path / "team"), "--vault", str(tmp_path / "back"))
    assert code != 0 and "stage moves of applications" in err
