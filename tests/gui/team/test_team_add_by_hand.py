"""Adding a team candidate by hand (``services.team_detail.add_by_hand``, behind New candidate…), on a real server.

The typed fields are checked with the dock's rules; the candidate is added with today's application
and a deadline under the team's policy; a person on the team's suppression list is added anyway and
said to be listed (the window warns, as a local vault's does); a malformed e-mail, phone or LinkedIn
address is refused in the local vault's words; a server gone at the moment of adding
is a translated error and adds nothing.
"""

from __future__ import annotations

import pytest

from recruitdesk import errors
from recruitdesk.services import candidate_detail as cd
from recruitdesk.services import team_detail
from recruitdesk.team import suppression


def test_a_typed_candidate_is_added_with_a_deadline_and_not_said_to_be_listed(colleague, clock):
    candidate_id, listed = team_detail.add_by_hand(colleague, "  Sofie Wouters ", "sofie@example.org", "", "Gent", "")
    row = colleague.row(candidate_id)
    assert not listed
    assert (row.full_name, row.email) == ("Sofie Wouters", "sofie@example.org")
    assert row.deadline is not None and row.deadline > clock.today()


def test_a_person_on_the_suppression_list_is_added_and_said_to_be_listed(colleague, clock):
    def suppress(engine, team):
        with engine.begin() as connection:
            suppression.suppress(connection, team, "objector@example.be", None, suppression.OBJECTION, None, clock.today(), clock)
    colleague.run(suppress)
    candidate_id, listed = team_detail.add_by_hand(colleague, "Olga Objector", "Objector@Example.be", "", "", "")
    assert listed and colleague.row(candidate_id) is not None
    _other, other_listed = team_detail.add_by_hand(colleague, "Piet Pauwels", "piet@example.org", "", "", "")
    assert not other_listed  # the control: someone else is not


@pytest.mark.parametrize(("name", "email", "phone", "linkedin", "local_check", "value"), [
    ("   ", "", "", "", cd.validate_name, "   "),
    ("Sofie Wouters", "not an address", "", "", cd.validate_email, "not an address"),
    ("Sofie Wouters", "", "call me", "", cd.validate_phone, "call me"),
    ("Sofie Wouters", "", "", "https://example.org/sofie", cd.validate_linkedin, "https://example.org/sofie"),
])
def test_a_bad_field_is_refused_in_the_local_vaults_words_before_anything_is_sent(colleague, name, email, phone, linkedin,
                                                                                   local_check, value):
    with pytest.raises(errors.RecruitDeskError) as local:
        local_check(value)
    with pytest.raises(errors.RecruitDeskError) as refused:
        team_detail.add_by_hand(colleague, name, email, phone, "", linkedin)
    assert type(refused.value) is type(local.value) and refused.value.message() == local.value.message()
    assert colleague.rows() == []


def test_a_server_gone_at_the_moment_of_adding_is_a_translated_error_and_adds_nothing(postgres_server, colleague):
    postgres_server.stop()
    try:
        with pytest.raises(errors.TeamServerError) as caught:
            team_detail.add_by_hand(colleague, "Sofie Wouters", "sofie@example.org", "", "", "")
        assert "Traceback" not in caught.value.message() and colleague.server in caught.value.message()
    finally:
        postgres_server.start()
    assert colleague.rows() == []
