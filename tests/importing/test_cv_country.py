"""A number written without a country code is read where the CV's own address is, else in the
firm's country, else in a country the CV only mentions (postcode prefix, country name, script)."""

from __future__ import annotations

from recruitdesk.importing.cv_country import countries_named, phone_regions
from recruitdesk.importing.fields import detect_fields


def test_address_countries_from_postcode_prefixes_and_names_beside_a_postcode():
    assert countries_named(["Rue de la Paix 1, F-75002 Paris"]) == (("FR",), ())
    assert countries_named(["Hauptstraße 5", "10115 Berlin, Deutschland"]) == (("DE",), ())
    assert countries_named(["Οδός Αθηνάς 1, Αθήνα, Ελλάδα - GR-11256"]) == (("GR",), ())
    assert countries_named(["Jan Peeters", "Kerkstraat 1, 9000 Gent"]) == ((), ())


def test_a_country_named_alone_or_the_script_is_weak_evidence():
    assert countries_named(["Studied in Lille, France"]) == ((), ("FR",))
    assert countries_named(["Γεώργιος Παπαδόπουλος"]) == ((), ("GR",))


def test_a_country_named_only_in_the_work_history_does_not_count():
    lines = ["Jan Peeters", *(f"line {n}" for n in range(40)), "2015-2018 Engineer, 75002 Paris, France"]
    assert countries_named(lines) == ((), ())


def test_order_is_address_then_firm_then_mentioned():
    assert phone_regions(["F-59000 Lille", "Erasmus in Spain"], ("BE", "NL")) == ("FR", "BE", "NL", "ES")
    assert phone_regions(["1000 Brussel, België"], ("NL", "BE")) == ("BE", "NL")


def test_a_foreign_number_without_country_code_is_read_in_the_cvs_country():
    greek = detect_fields("Γεώργιος Παπαδόπουλος\nΑθήνα, Ελλάδα - GR-11256\n211-9999999 697-9999999\ngeorgios@example.gr")
    assert greek.phone.value == "+302119999999"
    french = detect_fields("Camille Martin\n12 rue des Lilas, F-69001 Lyon\nTél. : 06 12 34 56 78\ncamille.martin@example.fr")
    assert french.phone.value == "+33612345678"


def test_a_mentioned_country_never_changes_a_number_the_firms_countries_read():
    fields = detect_fields("Jan Peeters\nGent\nErasmus in Lille, France\n0470 12 34 56\njan.peeters@example.be")
    assert fields.phone.value == "+32470123456"  # also a valid French landline, but the address is not French
    dutch = detect_fields("Camille Martin\nGent\n06 12 34 56 78\ncamille.martin@example.be")
    assert dutch.phone.value == "+31612345678"  # no foreign address: the firm's countries are read first
