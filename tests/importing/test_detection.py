"""Field detection and sensitive data on synthetic Dutch, French and English CV text."""

from __future__ import annotations

from recruitdesk.identifiers import parse_phone
from recruitdesk.importing.fields import detect_fields
from recruitdesk.importing.sensitive import find_sensitive, redact
from tests.importing import make_files


def test_dutch_cv_fields_and_referee_is_ignored():
    fields = detect_fields("\n".join(make_files.dutch_cv_lines()))
    assert fields.name.value == "Griet Van den Broeck"
    assert fields.email.value == "griet.vandenbroeck@example.be"
    assert fields.phone.value == "+32470123456"
    assert fields.linkedin.value == "https://www.linkedin.com/in/grietvdb"
    assert fields.city.value == "Gent"
    assert fields.birth_date.value == "1985-07-30"
    assert fields.language.value == "nl"
    assert "jan.peeters@kmo-voorbeeld.be" not in fields.other_emails
    assert "+3291234567" not in fields.other_phones


def test_french_cv_fields_and_agency_footer_is_ignored():
    fields = detect_fields("\n".join(make_files.french_cv_lines()))
    assert fields.name.value == "Camille Dubois"
    assert fields.email.value == "camille.dubois@example.be"
    assert fields.phone.value == "+3225551234"
    assert fields.city.value == "Bruxelles"
    assert fields.birth_date.value == "1990-03-12"
    assert fields.language.value == "fr"
    assert fields.other_emails == [] and fields.other_phones == []


def test_agency_header_before_the_candidate_does_not_win():
    text = "Presented by Talent Agency\nrecruiter@agency.example · +32 3 111 22 33\n\nPieter De Smet\npieter.desmet@example.be\n0495 11 22 33\n"
    fields = detect_fields(text)
    assert fields.email.value == "pieter.desmet@example.be"
    assert fields.phone.value == "+32495112233"
    assert fields.name.value == "Pieter De Smet"


def test_name_in_capitals_and_surname_first():
    assert detect_fields("JAN VAN DER MEER\njan@example.nl").name.value == "Jan van der Meer"
    assert detect_fields("Persoonlijke gegevens Peeters, An\nan.peeters@example.be").name.value == "An Peeters"


def test_dutch_phone_numbers_normalise_to_e164():
    assert parse_phone("06-12345678") == ("+31612345678", True)
    assert parse_phone("+31 (0)20 123 4567") == ("+31201234567", True)
    assert parse_phone("0032 470 12 34 56") == ("+32470123456", True)


def test_years_and_decimals_are_not_phones():
    fields = detect_fields("Ann Claes\nann@example.be\n2015-2019 Master\nGPA 2021.3456\n01/02/2020")
    assert fields.phone.value is None


def test_national_numbers_iban_bsn_and_special_categories():
    text = (
        f"Rijksregisternummer {make_files.belgian_national_number()}\n"
        f"IBAN {make_files.belgian_iban()}\n"
        f"BSN: {make_files.dutch_bsn()}\n"
        "Lid van de vakbond sinds 2010. Pratiquant catholique. Criminal record: none.\n"
        "Factuur 123456789 and phone 0470123456 are no BSN."
    )
    findings = find_sensitive(text)
    assert [span.kind for span in findings.spans] == ["national_number", "iban", "bsn"]
    assert findings.topics == ["religion", "union", "criminal"]
    codes = [notice.code for notice in findings.notices("1985-07-30")]
    assert codes == ["national-number", "bsn", "iban", "birth-date", "special-category"]
    message = findings.notices()[-1].message()
    assert "religion or belief, trade union membership, criminal record" in message
    redacted = redact(text, findings)
    assert make_files.belgian_national_number() not in redacted
    assert make_files.belgian_iban() not in redacted and make_files.dutch_bsn() not in redacted
    assert "Factuur 123456789" in redacted


def test_invalid_checksums_raise_no_warning():
    assert find_sensitive("85.07.30-033.29 and BE00 0012 3456 7803 and BSN 111222334").spans == []


def test_warnings_are_translated():
    from recruitdesk import i18n
    from recruitdesk.importing.notices import TEMPLATES, Notice

    assert all(isinstance(template, str) and template for template in TEMPLATES.values())
    i18n.set_language("nl")
    Notice("national-number").message()  # falls back to English until translated; never raises


def test_phone_numbers_with_any_dash_like_separator():
    for dash in ("-", "\u2010", "\u2011", "\u2212", "\u00ad", "\u2013", "\u2014"):
        fields = detect_fields(f"Jan Peeters\nGSM: 0470{dash}12{dash}34{dash}56\njan@example.be")
        assert fields.phone.value == "+32470123456", repr(dash)
    assert detect_fields("Anna de Vries\nTel 06\u201112345678").phone.value == "+31612345678"
    assert detect_fields("Anna de Vries\n020\u2212123 4567").phone.value == "+31201234567"


def test_title_lines_labels_and_odd_whitespace_in_names():
    assert detect_fields("CV – Sample\nJan\tPeeters\njan@example.be").name.value == "Jan Peeters"
    assert detect_fields("Resume Template\nMarie\u00a0\u202fDupont\nmarie@example.be").name.value == "Marie Dupont"
    assert detect_fields("Curriculum Vitae\nNaam: Anne-Sophie\u2009Lefèvre").name.value == "Anne-Sophie Lefèvre"
    assert detect_fields("CV\nNom : Hélène Dubois\nTél. : 081 22 33 44").name.value == "Hélène Dubois"
    assert detect_fields("VAN DEN BROECK Griet\ngriet@example.be").name.value == "Griet van den Broeck"


def test_postcodes_belgian_and_dutch():
    fields = detect_fields("Jan Peeters\nKerkstraat 12, 9000 Gent")
    assert (fields.postcode.value, fields.city.value) == ("9000", "Gent")
    fields = detect_fields("Anna de Vries\nDorpsstraat 3, 1012AB Amsterdam")
    assert (fields.postcode.value, fields.city.value) == ("1012 AB", "Amsterdam")
