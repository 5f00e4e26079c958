"""Per-candidate keys: crypto-shredding for documents, CV text and sensitive fields.

Each candidate has a random key, stored only wrapped by a key derived from the vault master
key. Every encrypted field is bound to its candidate and field name through AES-GCM associated
data, so a blob pasted onto another candidate or column will not decrypt. Erasing the
candidate's row destroys the key, so copies of their blobs left anywhere are unreadable.
"""

from __future__ import annotations

import hashlib

from recruitdesk.vault import crypto

WRAP_PURPOSE = "recruitdesk candidate key wrapping v1"
HASH_PURPOSE = "recruitdesk identifier hashing v1"
SEARCH_PURPOSE = "recruitdesk search tokens v1"
CARRIED_PURPOSE = "recruitdesk carried suppression keys v1"
SEARCH_TOKEN_BYTES = 5  # 40 bits: collisions between different prefixes are negligible


class CandidateKeys:
    def __init__(self, master: bytes) -> None:
        self._wrapping_key = crypto.derive_key(master, WRAP_PURPOSE)
        self._hashing_key = crypto.derive_key(master, HASH_PURPOSE)
        self._search_key = crypto.derive_key(master, SEARCH_PURPOSE)
        self._carried_key = crypto.derive_key(master, CARRIED_PURPOSE)

    def new_wrapped_key(self, candidate_uid: str) -> bytes:
        return crypto.seal(self._wrapping_key, crypto.random_key(), self._aad(candidate_uid))

    def _unwrap(self, candidate_uid: str, wrapped_key: bytes) -> bytes:
        return crypto.unseal(self._wrapping_key, wrapped_key, self._aad(candidate_uid))

    def encrypt(self, candidate_uid: str, wrapped_key: bytes, field: str, plaintext: bytes) -> bytes:
        key = self._unwrap(candidate_uid, wrapped_key)
        return crypto.seal(key, plaintext, self._aad(candidate_uid, field))

    def decrypt(self, candidate_uid: str, wrapped_key: bytes, field: str, sealed: bytes) -> bytes:
        key = self._unwrap(candidate_uid, wrapped_key)
        return crypto.unseal(key, sealed, self._aad(candidate_uid, field))

    def encrypt_text(self, candidate_uid: str, wrapped_key: bytes, field: str, text: str) -> bytes:
        return self.encrypt(candidate_uid, wrapped_key, field, text.encode("utf-8"))

    def decrypt_text(self, candidate_uid: str, wrapped_key: bytes, field: str, sealed: bytes) -> str:
        return self.decrypt(candidate_uid, wrapped_key, field, sealed).decode("utf-8")

    def identifier_hash(self, kind: str, value: str) -> bytes:
        """A keyed hash of a normalised identifier (email, phone, file content) for matching."""
        return crypto.keyed_hash(self._hashing_key, f"{kind}:{value}".encode("utf-8"))

    def identifier_hash_key(self) -> bytes:
        """The key of ``identifier_hash``, for ``vault migrate`` to carry with the suppression list.

        The suppression digests cannot be re-keyed (the values are gone), so a team vault they are
        copied into must check new addresses under this key too. It is derived from the master key
        for identifier hashing only (never the master key, the wrapping or search key): besides the
        suppression list it keys this vault's duplicate-detection hashes (``candidate_identifiers``:
        e-mail, phone, national number) and file-content hashes, which live only inside this
        encrypted database. Whoever holds it can test a guessed value against those digests, and
        nothing else.
        """
        return self._hashing_key

    def seal_carried_key(self, uid: str, key: bytes) -> bytes:
        """Seal a digest key carried in from a team vault (``SuppressionKey``), bound to its row."""
        return crypto.seal(self._carried_key, key, f"recruitdesk/suppression-key/{uid}".encode())

    def open_carried_key(self, uid: str, sealed: bytes) -> bytes:
        return crypto.unseal(self._carried_key, sealed, f"recruitdesk/suppression-key/{uid}".encode())

    def search_token(self, prefix: str) -> str:
        """The keyed token standing for a normalised word prefix in the search index.

        Keyed BLAKE2b (a MAC, about four times faster here than HMAC-SHA256, which matters when
        a 10,000-candidate index is rebuilt), as lower-case hex so FTS5's ascii tokenizer keeps
        it whole.
        """
        return hashlib.blake2b(prefix.encode("utf-8"), key=self._search_key, digest_size=SEARCH_TOKEN_BYTES, person=b"rd-search").hexdigest()

    @staticmethod
    def _aad(candidate_uid: str, field: str = "") -> bytes:
        return f"recruitdesk/candidate/{candidate_uid}/{field}".encode()
