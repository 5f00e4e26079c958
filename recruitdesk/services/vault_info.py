"""What ``recruitdesk vault info`` and the status bar show about an open vault."""

from __future__ import annotations

from sqlalchemy import func, select, text

from recruitdesk import settings
from recruitdesk.retention.presets import PRESETS
from recruitdesk.store import migrate
from recruitdesk.store.models import Candidate
from recruitdesk.vault.vault import Vault


def vault_info(vault: Vault) -> dict:
    with vault.read_session() as session:
        preset = settings.get(session, "retention_preset")
        count = session.scalar(select(func.count()).select_from(Candidate))
        cipher_version = session.execute(text("PRAGMA cipher_version")).scalar()
        sqlite_version = session.execute(text("SELECT sqlite_version()")).scalar()
    info = PRESETS.get(preset)
    return {
        "vault_id": vault.vault_id,
        "folder": str(vault.folder),
        "created": vault.header.created,
        "schema_version": migrate.current_revision(vault.engine),
        "sqlcipher_version": cipher_version,
        "sqlite_version": sqlite_version,
        "candidate_count": count,
        "policy": {"preset": preset, "title": info.translated_title() if info else preset},
        "integrity": {**vault.integrity.result.to_json(), "description": vault.integrity.result.describe()},
    }
