"""A backup's key file: the only place a backup's candidate keys exist.

Every backup ``NAME.rdbackup`` has a key file ``NAME.rdkeys`` beside it. The backup's database
holds candidate data only encrypted under each candidate's own key, and not those keys; the
key file holds them (each still wrapped under a key derived from the vault master key), plus
the recovery part of the vault header (vault id, key-derivation parameters, the master key
wrapped under the recovery key, the key check) and the schema version, so the pair can be
restored with the recovery key alone on a new computer.

Erasure rewrites every known key file without the erased candidate's key (and records the
uid among ``erased``, so a restore erases the rows again). A copy of the backup database made
anywhere, before or after, then no longer meets a key for that candidate. The limit, stated in
the README: a copy of the key file itself taken before the erasure still holds the key.

A SHA-256 checksum tells a damaged file from a wrong one; ``backup_id`` binds the key file to
its database (the same id is stored inside the backup).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from recruitdesk import errors
from recruitdesk.vault import files

FORMAT = "recruitdesk-backup-keys"
VERSION = 1
SUFFIX = ".rdkeys"
TEMPORARY_PREFIX = ".partial-keys-"
MAX_BYTES = 256 * 1024 * 1024


def key_file_for(backup: Path) -> Path:
    return Path(backup).with_suffix(SUFFIX)


@dataclass
class BackupKeyFile:
    backup_id: str
    schema_version: str
    recovery: dict
    candidate_keys: dict[str, bytes]  # uid -> wrapped candidate key
    erased: list[dict] = field(default_factory=list)  # {"uid", "erased_at", "reason"}

    @property
    def vault_id(self) -> str:
        return str(self.recovery.get("vault_id", ""))

    def without(self, erased: list[dict]) -> "BackupKeyFile":
        """A copy without the keys of the erased (each {"uid", "erased_at", "reason"})."""
        gone = {entry["uid"] for entry in erased}
        known = {entry["uid"] for entry in self.erased}
        return BackupKeyFile(
            backup_id=self.backup_id,
            schema_version=self.schema_version,
            recovery=self.recovery,
            candidate_keys={uid: key for uid, key in self.candidate_keys.items() if uid not in gone},
            erased=self.erased + [entry for entry in erased if entry["uid"] not in known],
        )

    # --- serialising ------------------------------------------------------------------------
    def _body(self) -> dict:
        return {
            "format": FORMAT,
            "version": VERSION,
            "backup_id": self.backup_id,
            "schema_version": self.schema_version,
            "recovery": self.recovery,
            "candidate_keys": {uid: base64.b64encode(key).decode("ascii") for uid, key in sorted(self.candidate_keys.items())},
            "erased": self.erased,
        }

    @staticmethod
    def _checksum(body: dict) -> str:
        return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()

    def to_bytes(self) -> bytes:
        body = self._body()
        return (json.dumps(dict(body, checksum=self._checksum(body)), sort_keys=True, separators=(",", ":")) + "\n").encode()

    @classmethod
    def read(cls, path: Path) -> "BackupKeyFile":
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except FileNotFoundError as exc:
            raise errors.BackupKeysMissing(file=str(Path(path).with_suffix(".rdbackup")), keys=str(path)) from exc
        except OSError as exc:
            raise errors.BackupKeysDamaged(file=str(path)) from exc
        try:
            if len(data) > MAX_BYTES:
                raise ValueError("too large")
            document = json.loads(data.decode("utf-8"))
            if not isinstance(document, dict) or document.get("format") != FORMAT or document.get("version") != VERSION:
                raise ValueError("not a backup key file")
            checksum = document.pop("checksum", None)
            if not isinstance(checksum, str) or not hmac.compare_digest(checksum, cls._checksum(document)):
                raise ValueError("checksum mismatch")
            keys = {str(uid): base64.b64decode(key, validate=True) for uid, key in document["candidate_keys"].items()}
            erased = [dict(uid=str(e["uid"]), erased_at=str(e["erased_at"]), reason=str(e["reason"])) for e in document["erased"]]
            if not isinstance(document["recovery"], dict):
                raise ValueError("no recovery part")
            return cls(str(document["backup_id"]), str(document["schema_version"]), document["recovery"], keys, erased)
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise errors.BackupKeysDamaged(file=str(path)) from exc

    def write(self, path: Path) -> None:
        """Atomically (temporary file, fsync, rename), owner-only. The temporary name starts
        with ``.partial-``, so what an interruption leaves is deleted with a backup's other
        leftovers (services.backups.remove_partials): it may hold keys."""
        path = Path(path)
        fd, temporary = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(self.to_bytes())
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temporary, files.PRIVATE_FILE)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
