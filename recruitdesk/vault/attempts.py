"""Counting wrong passphrases, so a PIN cannot be guessed at the lock screen.

A passphrase may be a short PIN. The first few wrong attempts are free (typing errors); after
that each wrong attempt doubles the wait before the next one, up to an hour. The count lives in
``vault.attempts`` beside the key header, so quitting and restarting RecruitDesk does not reset
it. The file carries a MAC under a key derived from this computer's device key (in the OS
keychain) and bound to the vault and its passphrase slot, so a colleague at the desk cannot edit
it with a text editor; a missing or altered file counts as many wrong attempts (the recovery key
still opens the vault at once). Time is the injected clock's wall time, because the wait must
survive a restart; a clock set back in time restarts the wait instead of extending it.

The limit (stated in the README): this slows down guessing through RecruitDesk. Someone who
can run programs as the user can read the device key and guess offline at scrypt speed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import math
from dataclasses import dataclass
from pathlib import Path

from recruitdesk.vault import crypto, files
from recruitdesk.vault.header import VaultHeader

ATTEMPTS_FILE = "vault.attempts"
FORMAT = "recruitdesk-unlock-attempts"
FREE_ATTEMPTS = 3
FIRST_DELAY_SECONDS = 30
MAX_DELAY_SECONDS = 3600
TAMPERED_FAILURES = 8  # a missing or altered record waits as after 8 wrong attempts (16 minutes)
MAX_FILE_BYTES = 4096


def delay_after(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong attempts in a row: 0, 0, 30 s, 1, 2, 4... min, at most 1 h."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** min(failures - FREE_ATTEMPTS, 16))


@dataclass(frozen=True)
class AttemptRecord:
    failures: int = 0
    last_failure: dt.datetime | None = None

    def wait_seconds(self, now: dt.datetime) -> int:
        """Seconds still to wait before the next attempt at ``now`` (0: go ahead)."""
        if self.last_failure is None:
            return 0
        delay = delay_after(self.failures)
        elapsed = (now - self.last_failure).total_seconds()
        return max(0, math.ceil(delay - max(0.0, elapsed)))


class AttemptLog:
    """The wrong-attempt record of one passphrase vault, read and written with its MAC."""

    FILE = ATTEMPTS_FILE

    def __init__(self, folder: Path, header: VaultHeader, device_key: bytes) -> None:
        assert header.passphrase is not None
        self.path = Path(folder) / ATTEMPTS_FILE
        self._key = crypto.derive_key(device_key, "unlock-attempts-v1", salt=header.vault_id.encode())
        self._binding = header.vault_id.encode() + header.passphrase.scrypt.salt

    def _mac(self, body: dict) -> str:
        canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        return hmac.new(self._key, self._binding + canonical, hashlib.sha256).hexdigest()

    def read(self) -> AttemptRecord | None:
        """The stored record, or None when it is missing, unreadable or altered."""
        try:
            with open(self.path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
            document = json.loads(data.decode("utf-8"))
            if not isinstance(document, dict) or document.get("format") != FORMAT:
                return None
            mac = document.pop("mac", None)
            if not isinstance(mac, str) or not hmac.compare_digest(mac, self._mac(document)):
                return None
            last = document["last_failure"]
            return AttemptRecord(int(document["failures"]), dt.datetime.fromisoformat(last) if last else None)
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
            return None

    def write(self, record: AttemptRecord) -> None:
        body = {"format": FORMAT, "failures": record.failures,
                "last_failure": record.last_failure.isoformat() if record.last_failure else None}
        files.write_private_atomically(self.path, (json.dumps(dict(body, mac=self._mac(body)), sort_keys=True) + "\n").encode())

    def record_failure(self, previous: AttemptRecord, now: dt.datetime) -> AttemptRecord:
        record = AttemptRecord(previous.failures + 1, now)
        self.write(record)
        return record

    def reset(self) -> None:
        self.write(AttemptRecord())
