"""The firm profile and the backup settings, as the settings dialog reads and writes them (Qt-free).

The firm profile (name, privacy contact, the privacy statement's address) appears in the
Art. 30 record and in candidates' exports; the backup folder and interval drive
``services.backups.backup_if_due``. Every value is checked here, so the CLI and the GUI refuse
the same input with the same translated sentence (a typed ``RecruitDeskError``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from recruitdesk import errors, settings
from recruitdesk.identifiers import COUNTRIES, firm_country
from recruitdesk.vault.vault import Vault

BACKUP_INTERVAL_RANGE = (1, 365)  # or 0: off
FIRM_NAME_LIMIT = 200

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_EMAIL = re.compile(rf"^[A-Za-z0-9.!#$%&'*+/=?^_`{{|}}~-]+@{_LABEL}(?:\.{_LABEL})*\.[A-Za-z]{{2,63}}$")
_HOST = re.compile(rf"^(?:{_LABEL}(?:\.{_LABEL})*\.[A-Za-z]{{2,63}}|localhost|\d{{1,3}}(?:\.\d{{1,3}}){{3}})$")


@dataclass(frozen=True)
class FirmSettings:
    firm_name: str = ""
    privacy_contact: str = ""  # an email address, or ""
    privacy_statement_url: str = ""  # an http(s) address, or ""
    backup_folder: str = ""  # "": backups go to the vault's own backup folder only
    backup_interval_days: int = 7  # 0: no automatic backups
    auto_lock_minutes: int = 10  # idle time before the window locks itself
    firm_country: str = ""  # BE or NL: how phone numbers without a country code are read; "": the preset's


def check_firm_name(value: str) -> str:
    value = " ".join(value.split())
    if len(value) > FIRM_NAME_LIMIT:
        raise errors.FirmNameTooLong(limit=FIRM_NAME_LIMIT)
    return value


def check_email(value: str) -> str:
    """``value`` without surrounding spaces; "" is allowed (not set). Raises ``InvalidEmail``."""
    value = value.strip()
    if value and (len(value) > 254 or not _EMAIL.match(value) or ".." in value.split("@")[0]):
        raise errors.InvalidEmail(value=value)
    return value


def check_url(value: str) -> str:
    """An absolute http or https address, or "" (not set). Raises ``InvalidUrl``."""
    value = value.strip()
    if not value:
        return value
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise errors.InvalidUrl(value=value) from None
    if parts.scheme.lower() not in ("http", "https") or not _HOST.match(host) or any(c.isspace() for c in value):
        raise errors.InvalidUrl(value=value)
    return value


def check_backup_interval(days: int) -> int:
    low, high = BACKUP_INTERVAL_RANGE
    if isinstance(days, bool) or not isinstance(days, int) or not (days == 0 or low <= days <= high):
        raise errors.InvalidBackupInterval(low=low, high=high)
    return days


def check_backup_folder(value: str) -> str:
    """An absolute folder path (it may not exist yet: the first backup creates it), or ""."""
    value = value.strip()
    if not value:
        return value
    folder = Path(value).expanduser()
    if not folder.is_absolute():
        raise errors.BackupFolderNotAbsolute(folder=value)
    if folder.exists() and not folder.is_dir():
        raise errors.BackupFolderIsAFile(folder=str(folder))
    return str(folder)


AUTO_LOCK_RANGE = (1, 240)


def check_auto_lock(minutes: int) -> int:
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not AUTO_LOCK_RANGE[0] <= minutes <= AUTO_LOCK_RANGE[1]:
        raise errors.AutoLockOutOfRange(low=AUTO_LOCK_RANGE[0], high=AUTO_LOCK_RANGE[1])
    return minutes


def check_country(value: str) -> str:
    value = value.strip().upper()
    if value and value not in COUNTRIES:
        raise errors.UnknownCountry(value=value, choices=", ".join(COUNTRIES))
    return value


def validate(firm: FirmSettings) -> FirmSettings:
    """The settings cleaned up (spaces trimmed); raises the first problem found."""
    return FirmSettings(
        firm_name=check_firm_name(firm.firm_name),
        privacy_contact=check_email(firm.privacy_contact),
        privacy_statement_url=check_url(firm.privacy_statement_url),
        backup_folder=check_backup_folder(firm.backup_folder),
        backup_interval_days=check_backup_interval(firm.backup_interval_days),
        auto_lock_minutes=check_auto_lock(firm.auto_lock_minutes),
        firm_country=check_country(firm.firm_country),
    )


def read_firm_settings(vault: Vault) -> FirmSettings:
    with vault.read_session() as session:
        return FirmSettings(**{key: settings.get(session, key) for key in FirmSettings.__dataclass_fields__})


def read_firm_country(vault: Vault) -> str:
    """The country phone numbers are read in: the setting, or else the retention preset's."""
    with vault.session() as session:
        return firm_country(session)


def save_firm_country(vault: Vault, country: str) -> str:
    """Set the firm's country (BE or NL; "" goes back to the preset's). Raises ``UnknownCountry``."""
    country = check_country(country)
    with vault.session() as session, session.begin():
        settings.put(session, "firm_country", country)
        return firm_country(session)


def save_firm_settings(vault: Vault, firm: FirmSettings) -> FirmSettings:
    """Validate and store every field at once (nothing is stored when one is invalid)."""
    firm = validate(firm)
    with vault.session() as session, session.begin():
        for key in FirmSettings.__dataclass_fields__:
            settings.put(session, key, getattr(firm, key))
    return firm
