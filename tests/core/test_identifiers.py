"""One phone normalisation for import, duplicates, the suppression list, requests and profile
edits, read in the firm's country: Belgian and Dutch numbers written every usual way."""

from __future__ import annotations

import datetime as dt

import pytest

from recruitdesk import errors
from recruitdesk.identifiers import normalise_phone, parse_phone, regions_for
from recruitdesk.services import candidate_detail as cd
from recruitdesk.services import rights_requests as rr
from recruitdesk.services.candidates import add_candidate
from recruitdesk.services.firm_settings import read_firm_country, save_firm_country
from recruitdesk.services.importing import import_files, preview
from tests.importing import make_files

BELGIAN = [
    "+32 470 12 34 56", "0470/12.34.56", "0032 470 12 34 56", "0032470123456", "+32-470-12-34-56",
    "0470 12 34 56", "0470.12.34.56", "0470-123456", "+32 (0)470 12 34 56", "(+32) 470 12 34 56",
    "0470\u201012\u201034\u201056", "0470\u221212\u221234\u221256", "+32\u00a0470\u00a012\u00a034\u00a056",
]
DUTCH = [
    "06 12345678", "+31 6-1234 5678", "0031 6 12345678", "0031612345678", "06-12345678", "06.12.34.56.78",
    "06/12345678", "+31 (0)6 1234 5678", "0612345678", "06\u201012345678", "06\u221212345678",
    "+31\u00a06\u00a012\u00a034\u00a056\u00a078", "+31 6 12 34 56 78",
]


@pytest.mark.parametrize("country", ["BE", "NL"])
@pytest.mark.parametrize("written", BELGIAN)
def test_a_belgian_mobile_written_any_way_is_one_number(written, country):
    assert normalise_phone(written, regions_for(country)) == "+32470123456"
    assert parse_phone(written, regions_for(country)) == ("+32470123456", True)


@pytest.mark.parametrize("country", ["BE", "NL"])
@pytest.mark.parametrize("written", DUTCH)
def test_a_dutch_mobile_written_any_way_is_one_number(written, country):
    assert normalise_phone(written, regions_for(country)) == "+31612345678"
    assert parse_phone(written, regions_for(country)) == ("+31612345678", True)


def test_a_number_valid_in_both_countries_is_read_in_the_firms_country():
    # 0475 12 34 56: a Belgian mobile, and a landline in Roermond.
    assert normalise_phone("0475 12 34 56", regions_for("BE")) == "+32475123456"
    assert normalise_phone("0475 12 34 56", regions_for("NL")) == "+31475123456"
    assert normalise_phone("+32 475 12 34 56", regions_for("NL")) == "+32475123456"


def test_the_firms_country_is_a_setting_defaulting_to_the_presets(new_vault):
    vault, _ = new_vault  # nl-ap
    assert read_firm_country(vault) == "NL"
    assert save_firm_country(vault, "be") == "BE"
    assert read_firm_country(vault) == "BE"
    with pytest.raises(errors.UnknownCountry):
        save_firm_country(vault, "DE")
    assert save_firm_country(vault, "") == "NL"


def test_profile_edits_store_the_same_form(new_vault):
    vault, _ = new_vault
    save_firm_country(vault, "BE")
    candidate_id = add_candidate(vault, "Roos Visser")
    profile = cd.update_profile(vault, candidate_id, "Roos Visser", None, "06\u201112 34 56 78", None, None)
    assert profile.phone == "+31612345678"  # not +32612345678, as Belgium-only parsing said


@pytest.mark.parametrize("country", ["NL", "BE"])
def test_a_dutch_objector_is_recognised_when_their_cv_comes_back(new_vault, tmp_path, country):
    vault, _ = new_vault
    save_firm_country(vault, country)
    request = rr.register(vault, "objection", identity_check="called back on the number").id
    rr.complete(vault, request, "no more mailings", action="erase", phone="06 12345678", on=dt.date(2026, 3, 2))
    cv = make_files.write_docx(tmp_path / "roos.docx", make_files.dutch_cv_lines(
        name="Roos Visser", email="roos.visser@example.nl", phone="+31 6-1234 5678"))

    [item] = preview([cv], vault=vault)
    assert item.phone == "+31612345678"
    assert item.suppressed and item.notices[0].code == "suppressed"
    [result] = import_files(vault, [cv])
    assert result.preview is not None and result.preview.suppressed
    assert rr.is_suppressed(vault, phone="0031 6 12 34 56 78")
