"""The team's blind review (``services.team_blind_review``) on a real server, without a window.

Real CVs (a DOCX and a PDF made here) are imported with the team CV import, so each is a real team
document sealed on the server; the review masks them on this computer. A rating is sealed in the
application and read by a colleague, a stale rating is a conflict in words, a reveal is refused
before a blind rating and is recorded in the audit chain naming the member, and a DPO reads but may not rate.
"""

from __future__ import annotations

import tempfile

import pytest

from recruitdesk import errors
from recruitdesk.services.blind_review import RateBeforeReveal
from recruitdesk.services.stages import InvalidRating
from recruitdesk.services.team_blind_review import RatingConflict, TeamBlindReview
from recruitdesk.services.team_desk import TeamDesk
from recruitdesk.services.team_register import read_audit
from recruitdesk.services.team_vacancies import TeamVacancies, VacancyEdit
from recruitdesk.services.team_vault import invite_member, join_team_vault
from recruitdesk.team.roles import Role
from tests.importing.make_files import dutch_cv_lines, french_cv_lines, write_docx, write_pdf

DUTCH = ("Griet", "Broeck", "griet.vandenbroeck@example.be", "0470 12 34 56", "Kerkstraat")
FRENCH = ("Camille", "Dubois", "camille.dubois@example.be", "555 12 34", "Rue de la Loi")


@pytest.fixture
def desk(team_folder, keychain, clock):
    opened = TeamDesk.open(team_folder, keychain, clock)
    yield opened
    opened.close()


def applicants_with_real_cvs(desk: TeamDesk, folder) -> tuple[object, dict]:
    """A vacancy with two applicants imported from a DOCX (Griet) and a PDF (Camille) CV: their candidate ids."""
    folder.mkdir()
    docx = write_docx(folder / "griet.docx", dutch_cv_lines())
    pdf = write_pdf(folder / "camille.pdf", french_cv_lines())
    outcomes = desk.import_cvs([docx, pdf])
    assert [outcome.imported for outcome in outcomes] == [True, True], [outcome.reason for outcome in outcomes]
    vacancies = TeamVacancies(desk)
    vacancy = vacancies.add(VacancyEdit("Boekhouder", "Acme NV"))
    for outcome in outcomes:
        vacancies.apply(vacancy.vacancy_id, outcome.candidate_id)
    return vacancy, {"griet": outcomes[0].candidate_id, "camille": outcomes[1].candidate_id}


def of(queue: list, candidate_id) -> object:
    return next(item for item in queue if item.candidate_id == candidate_id)


def test_each_cv_is_masked_on_this_computer_and_pdf_pages_are_blacked_out(desk, tmp_path, monkeypatch):
    vacancy, people = applicants_with_real_cvs(desk, tmp_path / "cvs")
    scratch = tmp_path / "scratch"  # every temporary file of this process would land here
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    review = TeamBlindReview(desk)
    queue = review.queue(vacancy.vacancy_id)
    assert [(item.position, item.rating, item.rated_blind) for item in queue] == [(1, None, False), (2, None, False)]
    assert [item.position for item in review.queue(vacancy.vacancy_id)] == [1, 2]

    dutch, french = review.blind_cv(of(queue, people["griet"])), review.blind_cv(of(queue, people["camille"]))
    assert "boekhouder bij een kmo" in dutch.text.lower()
    assert "chargée de projet" in french.text
    for shown, identity in ((dutch, DUTCH), (french, FRENCH)):
        for value in identity:
            assert value.lower() not in shown.text.lower(), value
    assert dutch.pages == ()  # a Word CV has its text only
    assert french.pages and all(page.shown for page in french.pages)
    assert all(page.width > 0 and page.pixels for page in french.pages)
    assert not any(path.name.startswith(".") or path.suffix in {".part", ".tmp"} for path in (tmp_path / "cvs").iterdir())
    assert list(scratch.iterdir()) == []  # decrypted and masked in memory: nothing written on the way


def test_a_rating_is_sealed_read_by_a_colleague_and_a_stale_one_is_a_conflict(desk, colleague, tmp_path):
    vacancy, _people = applicants_with_real_cvs(desk, tmp_path / "cvs")
    mine, theirs = TeamBlindReview(desk), TeamBlindReview(colleague)
    first = mine.queue(vacancy.vacancy_id)[0]
    for wrong in (0, 6):
        with pytest.raises(InvalidRating):
            mine.record_rating(vacancy.vacancy_id, first, wrong)

    rated = mine.record_rating(vacancy.vacancy_id, first, 4)
    assert not isinstance(rated, RatingConflict)
    assert (rated.rating, rated.rated_blind, rated.rated_by, rated.version) == (4, True, "Anna Admin", first.version + 1)
    seen = theirs.queue(vacancy.vacancy_id)[0]
    assert (seen.rating, seen.rated_blind, seen.rated_by) == (4, True, "Anna Admin")

    stale = theirs.record_rating(vacancy.vacancy_id, first, 2)  # read before the rating above
    assert isinstance(stale, RatingConflict)
    assert stale.theirs is not None and stale.theirs.rating == 4
    assert stale.message() == ("Anna Admin rated this CV 4 meanwhile, so your rating 2 was not saved. Their rating is "
                               "shown now; record yours again to replace it.")
    assert mine.queue(vacancy.vacancy_id)[0].rating == 4  # nothing overwritten

    moved = TeamVacancies(colleague).move(vacancy.vacancy_id, first.application_id, rated.version, "interview")
    assert moved.stage == "interview"
    after_move = mine.queue(vacancy.vacancy_id)[0]
    assert (after_move.rating, after_move.rated_blind) == (4, True)  # a move keeps the rating sealed beside the stage
    moved_meanwhile = mine.record_rating(vacancy.vacancy_id, rated, 5)
    assert isinstance(moved_meanwhile, RatingConflict) and "Anna Admin rated this CV 4" in moved_meanwhile.message()
    again = mine.record_rating(vacancy.vacancy_id, after_move, 5)
    assert not isinstance(again, RatingConflict) and again.rating == 5


def test_reveal_needs_a_blind_rating_and_is_audited_naming_the_member(desk, tmp_path):
    vacancy, people = applicants_with_real_cvs(desk, tmp_path / "cvs")
    review = TeamBlindReview(desk)
    first = of(review.queue(vacancy.vacancy_id), people["griet"])
    with pytest.raises(RateBeforeReveal):
        review.reveal_identity(first)
    assert not any(row.action == "Identity revealed in a blind review" for row in read_audit(desk).rows)

    rated = review.record_rating(vacancy.vacancy_id, first, 3)
    identity = review.reveal_identity(rated)
    assert "Griet" in identity.name and identity.email == "griet.vandenbroeck@example.be"
    newest = read_audit(desk).rows[0]
    assert (newest.action, newest.member) == ("Identity revealed in a blind review", "Anna Admin")
    assert newest.candidate == str(first.candidate_id)[:len(newest.candidate)]


def test_a_dpo_reads_the_masked_cvs_and_ratings_but_may_not_rate(tmp_path, team_folder, desk, team_database_url, keychain,
                                                                 second_keychain, clock):
    vacancy, people = applicants_with_real_cvs(desk, tmp_path / "cvs")
    TeamBlindReview(desk).record_rating(vacancy.vacancy_id, of(TeamBlindReview(desk).queue(vacancy.vacancy_id), people["griet"]), 4)
    invitation = invite_member(team_folder, keychain, clock, "Dora DPO", Role.DPO)
    join_team_vault(tmp_path / "dpo", team_database_url, invitation.code, second_keychain, clock)
    dpo_desk = TeamDesk.open(tmp_path / "dpo", second_keychain, clock)
    try:
        dpo = TeamBlindReview(dpo_desk)
        assert not dpo.may_rate
        queue = dpo.queue(vacancy.vacancy_id)
        rated, unrated = of(queue, people["griet"]), of(queue, people["camille"])
        assert (rated.rating, rated.rated_by, unrated.rating) == (4, "Anna Admin", None)
        assert "Camille" not in dpo.blind_cv(unrated).text
        with pytest.raises(errors.TeamActionNotAllowed):
            dpo.record_rating(vacancy.vacancy_id, unrated, 2)
        assert of(dpo.queue(vacancy.vacancy_id), people["camille"]).rating is None
        assert "Griet" in dpo.reveal_identity(rated).name  # rated blind by a recruiter: the DPO's reveal is audited too
        newest = read_audit(desk).rows[0]
        assert (newest.action, newest.member) == ("Identity revealed in a blind review", "Dora DPO")
    finally:
        dpo_desk.close()
