"""Small, well-named wrappers around the primitives the key hierarchy uses.

AES-256-GCM seals every wrapped key and encrypted field; associated data binds a ciphertext to
where it belongs (a slot, a candidate and field), so a blob copied elsewhere does not decrypt.
HKDF derives purpose-specific keys from the vault master key; scrypt stretches the recovery key.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

KEY_BYTES = 32
NONCE_BYTES = 12


class SealBroken(Exception):
    """A sealed blob did not open: wrong key, wrong associated data, or altered bytes."""


def random_key() -> bytes:
    return os.urandom(KEY_BYTES)


def seal(key: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
    """Encrypt and authenticate; the result is nonce || ciphertext+tag."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, associated_data)


def unseal(key: bytes, sealed: bytes, associated_data: bytes) -> bytes:
    return Opener(key).unseal(sealed, associated_data)


class Opener:
    """``unseal`` with one key, many times: the cipher object is made once."""

    def __init__(self, key: bytes) -> None:
        self._cipher = AESGCM(key)

    def unseal(self, sealed: bytes, associated_data: bytes) -> bytes:
        if len(sealed) < NONCE_BYTES + 16:
            raise SealBroken("sealed blob too short")
        try:
            return self._cipher.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated_data)
        except InvalidTag as exc:
            raise SealBroken("authentication failed") from exc


def derive_key(master: bytes, purpose: str, salt: bytes = b"") -> bytes:
    """A 32-byte key for one purpose (database, candidate-key wrapping, ...)."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt or None, info=purpose.encode()).derive(master)


def scrypt_key(secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(secret)


def key_check_value(master: bytes) -> bytes:
    """A short value that proves a master key is the vault's without revealing it."""
    return hmac.new(master, b"recruitdesk key check v1", hashlib.sha256).digest()[:16]


def keyed_hash(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()
