"""Removing a wrongly attached document must leave no trace of it on disk.

The local vault runs with ``PRAGMA secure_delete = ON`` and FTS5 secure-delete; ``candidate_documents.remove``
deletes the row, re-indexes the candidate without the file's words and checkpoints the write-ahead
log. The proof decrypts every database page and WAL frame (``tests.support.sqlcipher_pages``) and
looks for the document's stored (encrypted) name, content and text and for the keyed index tokens of
a word only that document holds. The control runs the same search before the removal and must find
all of them, so the proof cannot pass vacuously.
"""

from __future__ import annotations

import pytest

from recruitdesk.services import candidate_documents
from recruitdesk.services.candidate_search import search_candidates
from recruitdesk.services.candidates import new_candidate
from recruitdesk.store.models import Document
from tests.importing.make_files import write_pdf
from tests.support.sqlcipher_pages import all_plaintext
from tests.support.vaults import database_key_of

UNIQUE = "klokkengieterij"  # only the removed document holds this word


@pytest.fixture
def attached(new_vault, tmp_path):
    """A candidate with two documents, the first one attached by mistake; its stored blobs and index tokens."""
    vault, _ = new_vault
    with vault.session() as session, session.begin():
        candidate = new_candidate(session, vault.candidate_keys, vault.clock, "Lena Maes", email="lena@example.org")
        for number in range(5):
            new_candidate(session, vault.candidate_keys, vault.clock, f"Filler {number}", email=f"f{number}@example.be")
        session.flush()
        lena_id = candidate.id
    wrong = write_pdf(tmp_path / "someone else.pdf", ["Iemand Anders", "Klokkengieterij Asse"])
    right = write_pdf(tmp_path / "cv.pdf", ["Lena Maes", "Pottenbakkerij Gent"])
    candidate_documents.add_files(vault, lena_id, [wrong, right])
    line = candidate_documents.documents(vault, lena_id)[0]
    with vault.read_session() as session:
        document = session.get(Document, line.document_id)
        blobs = [document.filename_enc, document.content_enc, document.text_enc]
    tokens = [vault.candidate_keys.search_token(UNIQUE[:length]).encode() for length in range(6, 13)]
    return vault, lena_id, line, blobs + tokens


def _traces(vault, needles: list[bytes]) -> list[bytes]:
    pages = all_plaintext(database_key_of(vault), vault.database_path)
    return [needle for needle in needles if any(needle in page for page in pages)]


def test_control_the_document_and_its_tokens_are_on_disk_before_removal(attached):
    vault, lena_id, _line, needles = attached
    assert _traces(vault, needles) == needles
    assert search_candidates(vault, UNIQUE) == [lena_id]


def test_after_removal_no_page_or_wal_frame_holds_the_document_or_its_words(attached):
    vault, lena_id, line, needles = attached

    candidate_documents.remove(vault, line)

    assert _traces(vault, needles) == []
    wal = vault.database_path.with_name(vault.database_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert search_candidates(vault, UNIQUE) == []
    assert search_candidates(vault, "Pottenbakkerij") == [lena_id]  # the rest of the candidate's index still works
