"""The recovery kit: a page the user prints or saves, holding the recovery key and what to do."""

from __future__ import annotations

from pathlib import Path

from recruitdesk.i18n import translate
from recruitdesk.vault import files


def render(recovery_key: str, vault_id: str, folder: str, created: str) -> str:
    lines = [
        translate("recovery_kit", "RecruitDesk recovery kit"),
        "",
        translate("recovery_kit", "Recovery key:"),
        "",
        f"    {recovery_key}",
        "",
        translate("recovery_kit", "Vault: {vault_id}").format(vault_id=vault_id),
        translate("recovery_kit", "Folder: {folder}").format(folder=folder),
        translate("recovery_kit", "Created: {created}").format(created=created),
        "",
        translate(
            "recovery_kit",
            "Keep this page somewhere safe, away from this computer (a locked drawer, a password manager). "
            "You need the recovery key to open the vault on a new computer, after the system keychain was "
            "reset, or when the key in the keychain is lost. Anyone who has both this key and a copy of the "
            "vault can read it. RecruitDesk cannot show this key again.",
        ),
        "",
    ]
    return "\n".join(lines)


def save(path: Path, content: str) -> None:
    """Write the kit readable by the owner only."""
    files.write_private_atomically(Path(path), content.encode("utf-8"))
