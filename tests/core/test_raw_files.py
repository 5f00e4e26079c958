"""What an attacker with a copy of the vault folder sees: no plaintext, not even SQLite's magic."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from recruitdesk.services.candidates import new_candidate
from tests.support.sqlcipher_pages import all_plaintext, database_pages, wal_frames
from tests.support.vaults import database_key_of

SECRET_NAME = "Griet Vanderstraeten"
SECRET_EMAIL = "griet.vanderstraeten@example.be"


def _add_secret_candidate(vault):
    with vault.session() as session, session.begin():
        new_candidate(session, vault.candidate_keys, vault.clock, SECRET_NAME, email=SECRET_EMAIL, applied_on=dt.date(2026, 2, 1))


def _raw_files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


def test_database_and_wal_hold_no_plaintext_while_open(new_vault, vault_folder):
    vault, _ = new_vault
    _add_secret_candidate(vault)
    raw = _raw_files(vault_folder)
    assert "vault.db-wal" in raw and len(raw["vault.db-wal"]) > 0, "the candidate should still sit in the WAL"
    for name, data in raw.items():
        assert b"SQLite format 3" not in data, name
        assert SECRET_NAME.encode() not in data, name
        assert SECRET_EMAIL.encode() not in data, name
        assert b"candidates" not in data, name  # not even table names


def test_decrypting_pages_with_the_key_finds_the_data(new_vault, vault_folder):
    """Control for the test above: the same search over decrypted pages does find the data."""
    vault, _ = new_vault
    _add_secret_candidate(vault)
    key = database_key_of(vault)
    frames = wal_frames(key, vault_folder / "vault.db-wal")
    assert any(SECRET_EMAIL.encode() in frame for frame in frames)
    pages = database_pages(key, vault_folder / "vault.db")
    assert pages[0].startswith(b"SQLite format 3\x00")
    assert any(b"CREATE TABLE candidates" in page for page in pages)


def test_after_close_everything_is_in_the_encrypted_database(new_vault, vault_folder):
    vault, _ = new_vault
    _add_secret_candidate(vault)
    key = database_key_of(vault)
    vault.close()
    assert not (vault_folder / "vault.db-wal").exists() or (vault_folder / "vault.db-wal").stat().st_size == 0
    assert b"SQLite format 3" not in (vault_folder / "vault.db").read_bytes()
    assert any(SECRET_NAME.encode() in page for page in all_plaintext(key, vault_folder / "vault.db"))


def test_key_header_holds_no_key_material_in_the_clear(new_vault, vault_folder):
    vault, recovery_key = new_vault
    header_text = (vault_folder / "vault.key").read_bytes()
    assert vault._master not in header_text
    assert vault._master.hex().encode() not in header_text
    assert recovery_key.encode() not in header_text
    assert recovery_key.replace("-", "").encode() not in header_text
