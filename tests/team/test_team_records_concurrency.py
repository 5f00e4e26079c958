"""Two members, each with their own connection pool, appending to the same note and vacancy at once.

Each client reads, appends its marker and saves with the version it read, retrying on a conflict,
for a bounded number of rounds; the first round meets at a barrier so the saves collide. At the
end nothing is lost: the note's body and the vacancy's title hold exactly the accepted markers in
version order, the versions count the accepted saves, and the audit chain has one entry per
accepted save naming the member whose save was accepted.
"""

from __future__ import annotations

import threading

from sqlalchemy import create_engine

from recruitdesk.team import audit, membership, notes, records, vacancies
from recruitdesk.team.candidates import PersonalFields, add_candidate
from recruitdesk.team.key_hierarchy import member_holder
from recruitdesk.team.roles import Role

ROUNDS = 6


def test_two_clients_saving_the_same_records_lose_no_update_and_every_conflict_surfaces(
        team_engine, keychain, second_keychain, clock):
    admin, _ = membership.create_team(team_engine, keychain, clock, "Admin Aline")
    colleague_id = membership.add_member(team_engine, admin, membership.new_device_key(second_keychain, admin.keys.team_id),
                                         Role.RECRUITER, "Colleague", clock)
    candidate = add_candidate(team_engine, admin, PersonalFields("Joke Verstraete"), clock)
    note = notes.add_note(team_engine, admin, candidate, "interview", notes.NoteContent("start"), clock)
    vacancy = vacancies.add_vacancy(team_engine, admin, vacancies.VacancyFields("start"), clock)
    barrier = threading.Barrier(2)
    accepted: dict[str, list[tuple[int, str, str]]] = {"note": [], "vacancy": []}
    conflicts: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def save_until_accepted(kind: str, team, first_round: bool, read, save) -> None:
        """Read, append, save with the version read; on a conflict read again. The first try of the
        first round waits at the barrier so both clients save the same version."""
        waited = not first_round
        while True:
            version, value = read()
            if not waited:
                barrier.wait(timeout=30)
                waited = True
            try:
                saved = save(version, value)
            except records.RecordVersionConflict as conflict:
                assert (conflict.kind, conflict.expected) == (kind, version)
                with lock:
                    conflicts.append(kind)
                continue
            with lock:
                accepted[kind].append((saved, value.rsplit(" ", 1)[-1], member_holder(team.member_id)))
            return

    def client(name: str, open_team) -> None:
        engine = create_engine(team_engine.url)
        try:
            team = open_team(engine)
            for round_number in range(ROUNDS):
                marker = f"{name}{round_number}"

                def read_note(marker=marker):
                    [current] = notes.notes_of(engine, team, candidate)
                    return current.version, f"{current.content.body} {marker}"

                def read_vacancy(marker=marker):
                    [job] = vacancies.all_vacancies(engine, team)
                    return job.version, f"{job.fields.title} {marker}"

                save_until_accepted("note", team, round_number == 0, read_note, lambda version, value: notes.update_note(
                    engine, team, note, version, notes.NoteContent(value), clock))
                save_until_accepted("vacancy", team, False, read_vacancy, lambda version, value: vacancies.update_vacancy(
                    engine, team, vacancy, version, vacancies.VacancyFields(value), clock))
        except BaseException as error:  # reported by the main thread
            errors.append(error)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=client, args=("a", lambda engine: membership.open_as_member(engine, keychain, admin.member_id))),
               threading.Thread(target=client, args=("b", lambda engine: membership.open_as_member(engine, second_keychain, colleague_id)))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    assert "note" in conflicts  # the first round collided on purpose

    [final_note] = notes.notes_of(team_engine, admin, candidate)
    [final_vacancy] = vacancies.all_vacancies(team_engine, admin)
    for kind, final_text, final_version in (("note", final_note.content.body, final_note.version),
                                             ("vacancy", final_vacancy.fields.title, final_vacancy.version)):
        saves = sorted(accepted[kind])
        assert len(saves) == 2 * ROUNDS, kind
        assert [version for version, _, _ in saves] == list(range(2, 2 + 2 * ROUNDS)), kind
        assert final_text == " ".join(["start"] + [marker for _, marker, _ in saves]), kind
        assert final_version == 1 + 2 * ROUNDS
        entries = [(entry.version, entry.actor) for entry in audit.entries(team_engine) if entry.action == f"{kind}-updated"]
        assert entries == [(version, actor) for version, _, actor in saves], kind
