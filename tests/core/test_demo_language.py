"""The demo vault speaks the window's language (issue 21): Dutch or French names, places, job
titles and CV lines in nl and fr, with the same dates and outcomes in every language."""

from __future__ import annotations

from sqlalchemy import select

from recruitdesk import i18n
from recruitdesk.demo import CITIES, FIRST_NAMES, seed_demo_candidates
from recruitdesk.services.candidate_detail import candidate_detail, document_preview_text
from recruitdesk.services.candidates import candidate_rows
from recruitdesk.services.vault_access import create_vault
from recruitdesk.store.models import Candidate, Procedure


def _demo(tmp_path, keychain, clock, language):
    i18n.set_language(language)
    try:
        vault, _key = create_vault(tmp_path / language, keychain, clock, preset="nl-ap",
                                   seed=lambda session, keys: seed_demo_candidates(session, keys, clock, count=12))
    finally:
        i18n.set_language("en")
    return vault


def test_the_demo_follows_the_language(tmp_path, keychain, clock):
    shown = {}
    for language in ("nl", "fr", "en"):
        vault = _demo(tmp_path, keychain, clock, language)
        try:
            rows = candidate_rows(vault)
            with vault.read_session() as session:
                titles = set(session.scalars(select(Procedure.title)))
                cities = set(session.scalars(select(Candidate.city)))
            first = next(row for row in rows if candidate_detail(vault, row.id).documents)
            document = candidate_detail(vault, first.id).documents[0]
            shown[language] = (sorted((str(row.due_on), row.source) for row in rows), titles, document.filename,
                               document_preview_text(vault, document.id))
            assert {row.name.split()[0] for row in rows} <= set(FIRST_NAMES[language])
            assert cities <= set(CITIES[language])
        finally:
            vault.close()
    assert shown["nl"][0] == shown["fr"][0] == shown["en"][0]  # same deadlines, only the words differ
    assert shown["nl"][1] & {"Java-ontwikkelaar", "Data-analist", "Projectleider", "Netwerkingenieur", "Servicedeskmedewerker"}
    assert shown["fr"][1] & {"Développeur Java", "Analyste de données", "Chef de projet", "Ingénieur réseau"}
    assert shown["nl"][2].startswith("Cv ") and "jaar ervaring" in shown["nl"][3]
    assert "ans d'expérience" in shown["fr"][3]
    assert "years of experience" in shown["en"][3]
