"""Sealing a secret to a public key, so an admin can hand the team key to a device it cannot open.

Every member device and the team's recovery kit own an X25519 key pair. The private half stays
with its owner (the OS keychain, or the printed recovery key it is derived from); the public
half is on the server. To seal, an ephemeral key pair is made, the shared secret (X25519)
becomes an AES-256-GCM key through HKDF bound to both public keys, and the result is
``ephemeral public key || nonce || ciphertext``. This is what lets an admin rotate the team key
after a revocation and give the new one to every remaining member without their secrets.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from recruitdesk.vault import crypto

PUBLIC_KEY_BYTES = 32
_PURPOSE = "recruitdesk team sealing v1"


def new_private_key() -> bytes:
    """A fresh X25519 private key as 32 raw bytes (what the OS keychain stores)."""
    return crypto.random_key()


def private_key_from_secret(secret: bytes, purpose: str) -> bytes:
    """A private key derived from another secret (the recovery key's 160 bits)."""
    return crypto.derive_key(secret, purpose)


def public_key_of(private_key: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def seal_to(public_key: bytes, secret: bytes, associated_data: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    wrapping_key = crypto.derive_key(shared, _PURPOSE, salt=ephemeral_public + public_key)
    return ephemeral_public + crypto.seal(wrapping_key, secret, associated_data)


def open_sealed(private_key: bytes, sealed: bytes, associated_data: bytes) -> bytes:
    """The sealed secret; raises ``crypto.SealBroken`` for another key, altered bytes or other associated data."""
    if len(sealed) <= PUBLIC_KEY_BYTES:
        raise crypto.SealBroken("sealed blob too short")
    ephemeral_public = sealed[:PUBLIC_KEY_BYTES]
    own = X25519PrivateKey.from_private_bytes(private_key)
    shared = own.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    own_public = own.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    wrapping_key = crypto.derive_key(shared, _PURPOSE, salt=ephemeral_public + own_public)
    return crypto.unseal(wrapping_key, sealed[PUBLIC_KEY_BYTES:], associated_data)
