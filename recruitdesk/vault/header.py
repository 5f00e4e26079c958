"""The key header file (``vault.key``) beside the database.

It holds no secret in the clear: the vault master key (VMK) wrapped twice, plus a key-check
value. The first slot opens with this computer's device key from the OS keychain; once the user
chose a passphrase (or PIN) it is replaced by a passphrase slot whose key is derived from BOTH the
passphrase (stretched with scrypt) and the device key, so neither the keychain alone (a colleague
at the desk) nor the passphrase alone (a copy of the files) opens it. The second slot opens with
a key stretched from the recovery key. A SHA-256 checksum over the content tells a damaged file ("restore from
backup") from a wrong key ("check your key"), so users are never told one for the other.
Key-derivation parameters come from the file and are bounded before use, so an altered file
cannot make us allocate gigabytes or loop for hours.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from recruitdesk import errors
from recruitdesk.vault import crypto, files

FORMAT = "recruitdesk-vault-key"
VERSION = 1
MAX_HEADER_BYTES = 64 * 1024

# scrypt bounds: the lower ones keep brute force expensive, the upper ones keep unlocking possible.
SCRYPT_N_RANGE = (2**14, 2**20)
SCRYPT_R_RANGE = (8, 16)
SCRYPT_P_RANGE = (1, 4)
DEFAULT_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
# The passphrase may be a short PIN, so it is stretched harder (64 MB, about 0.2 s) than the
# 160-bit recovery key; the device key mixed in keeps an offline guesser without it out entirely.
PASSPHRASE_SCRYPT = {"n": 2**16, "r": 8, "p": 1}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class ScryptParams:
    salt: bytes
    n: int
    r: int
    p: int

    def validate(self) -> None:
        """Raise ValueError when a parameter is outside the accepted bounds."""
        n_ok = SCRYPT_N_RANGE[0] <= self.n <= SCRYPT_N_RANGE[1] and self.n & (self.n - 1) == 0
        if not (n_ok and SCRYPT_R_RANGE[0] <= self.r <= SCRYPT_R_RANGE[1] and SCRYPT_P_RANGE[0] <= self.p <= SCRYPT_P_RANGE[1]):
            raise ValueError("key-derivation parameters out of bounds")
        if len(self.salt) < 16:
            raise ValueError("salt too short")

    def to_json(self) -> dict:
        return {"name": "scrypt", "salt": _b64(self.salt), "n": self.n, "r": self.r, "p": self.p}

    @classmethod
    def from_json(cls, kdf: dict) -> "ScryptParams":
        """Parse and bound-check; raises ValueError, KeyError or TypeError when malformed."""
        if kdf["name"] != "scrypt":
            raise ValueError("unknown kdf")
        params = cls(salt=_unb64(kdf["salt"]), n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"]))
        params.validate()
        return params

    @classmethod
    def fresh(cls, settings: dict) -> "ScryptParams":
        return cls(salt=os.urandom(16), **settings)


@dataclass(frozen=True)
class PassphraseSlot:
    """The master key wrapped under a key derived from the passphrase AND the device key.

    ``device_check`` (a keyed hash of the device key) tells "this computer's keychain holds
    another key" (recovery key needed) from "wrong passphrase" (counted), without revealing
    anything about the passphrase.
    """

    scrypt: ScryptParams
    slot: bytes
    device_check: bytes

    def to_json(self) -> dict:
        return {"kdf": self.scrypt.to_json(), "slot": _b64(self.slot), "device_check": _b64(self.device_check)}

    @classmethod
    def from_json(cls, data: object) -> "PassphraseSlot":
        if not isinstance(data, dict):
            raise ValueError("malformed passphrase slot")
        return cls(ScryptParams.from_json(data["kdf"]), _unb64(data["slot"]), _unb64(data["device_check"]))


def device_check_value(device_key: bytes) -> bytes:
    return hmac.new(device_key, b"recruitdesk device key check v1", hashlib.sha256).digest()[:16]


def passphrase_wrapping_key(passphrase: str, device_key: bytes, params: ScryptParams, vault_id: str) -> bytes:
    """The key of the passphrase slot: scrypt(passphrase) combined with the device key by HKDF.

    The passphrase is NFC-normalised so the same typed text opens the vault on every keyboard
    and platform.
    """
    stretched = crypto.scrypt_key(unicodedata.normalize("NFC", passphrase).encode("utf-8"), params.salt, params.n, params.r, params.p)
    return crypto.derive_key(device_key + stretched, "passphrase-slot-v1", salt=vault_id.encode())


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    created: str
    scrypt: ScryptParams
    device_slot: bytes
    recovery_slot: bytes
    key_check: bytes
    passphrase: PassphraseSlot | None = None

    @property
    def has_passphrase(self) -> bool:
        return self.passphrase is not None

    # --- creating ---------------------------------------------------------------------------
    @classmethod
    def create(cls, vault_id: str, created: str, master: bytes, device_key: bytes, recovery_secret: bytes) -> "VaultHeader":
        params = ScryptParams(salt=os.urandom(16), **DEFAULT_SCRYPT)
        recovery_wrap = crypto.scrypt_key(recovery_secret, params.salt, params.n, params.r, params.p)
        return cls(
            vault_id=vault_id,
            created=created,
            scrypt=params,
            device_slot=crypto.seal(device_key, master, cls._slot_aad("device", vault_id)),
            recovery_slot=crypto.seal(recovery_wrap, master, cls._slot_aad("recovery", vault_id)),
            key_check=crypto.key_check_value(master),
        )

    def with_device_key(self, master: bytes, device_key: bytes) -> "VaultHeader":
        """A copy whose device slot opens with a new device key (re-enrolment on a new machine).

        The copy has no passphrase: the keychain alone opens it, until a passphrase is set."""
        return VaultHeader(
            vault_id=self.vault_id,
            created=self.created,
            scrypt=self.scrypt,
            device_slot=crypto.seal(device_key, master, self._slot_aad("device", self.vault_id)),
            recovery_slot=self.recovery_slot,
            key_check=self.key_check,
        )

    def with_passphrase(self, master: bytes, device_key: bytes, passphrase: str) -> "VaultHeader":
        """A copy that needs the passphrase together with ``device_key``: the device-only slot
        is dropped, so the keychain alone no longer opens the vault."""
        params = ScryptParams.fresh(PASSPHRASE_SCRYPT)
        wrap = passphrase_wrapping_key(passphrase, device_key, params, self.vault_id)
        slot = PassphraseSlot(params, crypto.seal(wrap, master, self._slot_aad("passphrase", self.vault_id)), device_check_value(device_key))
        return VaultHeader(
            vault_id=self.vault_id,
            created=self.created,
            scrypt=self.scrypt,
            device_slot=b"",
            recovery_slot=self.recovery_slot,
            key_check=self.key_check,
            passphrase=slot,
        )

    # --- the recovery part, carried by every backup ----------------------------------------
    def recovery_part(self) -> dict:
        """What a backup needs to be opened with the recovery key alone: the vault id, the
        key-derivation parameters, the recovery slot and the key check. No device slot: a
        backup restored on a new computer gets a new device key."""
        body = self._body()
        return {"vault_id": body["vault_id"], "created": body["created"], "kdf": body["kdf"], "recovery": body["slots"]["recovery"], "key_check": body["key_check"]}

    @classmethod
    def from_recovery_part(cls, part: dict, device_slot: bytes = b"") -> "VaultHeader":
        """A header rebuilt from a backup's recovery part; raises ValueError when malformed."""
        try:
            params = ScryptParams.from_json(part["kdf"])
            return cls(
                vault_id=str(part["vault_id"]),
                created=str(part["created"]),
                scrypt=params,
                device_slot=device_slot,
                recovery_slot=_unb64(part["recovery"]),
                key_check=_unb64(part["key_check"]),
            )
        except (KeyError, TypeError) as exc:
            raise ValueError("malformed recovery part") from exc

    @staticmethod
    def _slot_aad(slot: str, vault_id: str) -> bytes:
        return f"recruitdesk/{VERSION}/slot/{slot}/{vault_id}".encode()

    # --- unwrapping -------------------------------------------------------------------------
    def unwrap_with_device_key(self, device_key: bytes) -> bytes:
        try:
            master = crypto.unseal(device_key, self.device_slot, self._slot_aad("device", self.vault_id))
        except crypto.SealBroken as exc:
            raise errors.DeviceKeyMismatch() from exc
        return self._checked(master, errors.DeviceKeyMismatch)

    def device_key_fits(self, device_key: bytes) -> bool:
        """For a passphrase vault: is ``device_key`` the one the passphrase slot was made with?"""
        return self.passphrase is not None and hmac.compare_digest(device_check_value(device_key), self.passphrase.device_check)

    def unwrap_with_passphrase(self, device_key: bytes, passphrase: str) -> bytes:
        """Raises DeviceKeyMismatch when the keychain holds another key, WrongPassphrase when
        the passphrase does not open the slot (the caller counts it)."""
        if self.passphrase is None:
            raise errors.NoPassphraseSet()
        if not self.device_key_fits(device_key):
            raise errors.DeviceKeyMismatch()
        wrap = passphrase_wrapping_key(passphrase, device_key, self.passphrase.scrypt, self.vault_id)
        try:
            master = crypto.unseal(wrap, self.passphrase.slot, self._slot_aad("passphrase", self.vault_id))
        except crypto.SealBroken as exc:
            raise errors.WrongPassphrase() from exc
        return self._checked(master, errors.WrongPassphrase)

    def unwrap_with_recovery_secret(self, recovery_secret: bytes) -> bytes:
        p = self.scrypt
        wrap = crypto.scrypt_key(recovery_secret, p.salt, p.n, p.r, p.p)
        try:
            master = crypto.unseal(wrap, self.recovery_slot, self._slot_aad("recovery", self.vault_id))
        except crypto.SealBroken as exc:
            raise errors.WrongRecoveryKey() from exc
        return self._checked(master, errors.WrongRecoveryKey)

    def _checked(self, master: bytes, error: type[errors.VaultError]) -> bytes:
        if not hmac.compare_digest(crypto.key_check_value(master), self.key_check):
            raise error()
        return master

    # --- serialising ------------------------------------------------------------------------
    def _body(self) -> dict:
        body: dict = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "kdf": self.scrypt.to_json(),
            "slots": {"device": _b64(self.device_slot), "recovery": _b64(self.recovery_slot)},
            "key_check": _b64(self.key_check),
        }
        if self.passphrase is not None:  # absent in vaults without a passphrase, as before
            body["slots"]["passphrase"] = self.passphrase.to_json()
        return body

    @staticmethod
    def _checksum(body: dict) -> str:
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        return hashlib.sha256(canonical).hexdigest()

    def to_bytes(self) -> bytes:
        body = self._body()
        document = dict(body, checksum=self._checksum(body))
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes, path: Path) -> "VaultHeader":
        file = str(path)
        if not data:
            raise errors.HeaderEmpty(file=file)
        if len(data) > MAX_HEADER_BYTES:
            raise errors.HeaderDamaged(file=file)
        try:
            document = json.loads(data.decode("utf-8"))
            if not isinstance(document, dict) or document.get("format") != FORMAT:
                raise ValueError("not a vault key file")
            checksum = document.pop("checksum", None)
            if not isinstance(checksum, str) or not hmac.compare_digest(checksum, cls._checksum(document)):
                raise ValueError("checksum mismatch")
        except (ValueError, UnicodeDecodeError) as exc:
            raise errors.HeaderDamaged(file=file) from exc
        if document.get("version") != VERSION:
            raise errors.HeaderUnsupported(file=file, version=document.get("version"))
        try:
            params = ScryptParams.from_json(document["kdf"])
            passphrase = document["slots"].get("passphrase")
            header = cls(
                vault_id=str(document["vault_id"]),
                created=str(document["created"]),
                scrypt=params,
                device_slot=_unb64(document["slots"]["device"]),
                recovery_slot=_unb64(document["slots"]["recovery"]),
                key_check=_unb64(document["key_check"]),
                passphrase=PassphraseSlot.from_json(passphrase) if passphrase is not None else None,
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.HeaderDamaged(file=file) from exc
        return header

    @classmethod
    def read(cls, path: Path) -> "VaultHeader":
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_HEADER_BYTES + 1)
        except FileNotFoundError as exc:
            raise errors.HeaderMissing(file=str(path)) from exc
        except OSError as exc:
            raise errors.HeaderDamaged(file=str(path)) from exc
        return cls.from_bytes(data, path)

    def write(self, path: Path) -> None:
        files.write_private_atomically(path, self.to_bytes())
