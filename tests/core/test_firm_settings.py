"""Checking the firm profile and backup settings (Qt-free): typed, translated errors."""

from __future__ import annotations

import pytest

from recruitdesk import errors, i18n, settings
from recruitdesk.services import firm_settings as fs


@pytest.mark.parametrize("value", ["", "privacy@example.com", "a.b+tag@mail.example.co.uk", " jan@jansen.nl "])
def test_valid_emails(value):
    assert fs.check_email(value) == value.strip()


@pytest.mark.parametrize("value", ["jan", "jan@", "@example.com", "jan@example", "jan @example.com", "jan@@example.com",
                                   "jan..piet@example.com", "jan@-example.com", "<jan@example.com>"])
def test_invalid_emails(value):
    with pytest.raises(errors.InvalidEmail) as raised:
        fs.check_email(value)
    assert value.strip() in raised.value.message()


@pytest.mark.parametrize("value", ["", "https://www.example.com/privacy", "http://example.nl", "https://example.be:8443/p?x=1#a",
                                   "http://localhost/privacy"])
def test_valid_urls(value):
    assert fs.check_url(value) == value


@pytest.mark.parametrize("value", ["www.example.com", "ftp://example.com", "https://", "https://exa mple.com",
                                   "mailto:privacy@example.com", "https://example.com:port/", "javascript:alert(1)", "https://nodot"])
def test_invalid_urls(value):
    with pytest.raises(errors.InvalidUrl):
        fs.check_url(value)


def test_backup_interval_and_folder(tmp_path):
    assert fs.check_backup_interval(0) == 0 and fs.check_backup_interval(365) == 365
    for wrong in (-1, 366, True, "7"):
        with pytest.raises(errors.InvalidBackupInterval):
            fs.check_backup_interval(wrong)
    assert fs.check_backup_folder(str(tmp_path / "new")) == str(tmp_path / "new")
    with pytest.raises(errors.BackupFolderNotAbsolute):
        fs.check_backup_folder("backups")
    (tmp_path / "file").write_text("x")
    with pytest.raises(errors.BackupFolderIsAFile):
        fs.check_backup_folder(str(tmp_path / "file"))


def test_firm_name_is_tidied_and_limited():
    assert fs.check_firm_name("  Jansen   Werving ") == "Jansen Werving"
    with pytest.raises(errors.FirmNameTooLong):
        fs.check_firm_name("x" * (fs.FIRM_NAME_LIMIT + 1))


def test_errors_are_marked_for_translation():
    for error in (errors.InvalidEmail(value="x"), errors.InvalidUrl(value="x"), errors.InvalidBackupInterval(low=1, high=365)):
        assert error.message() and error.code
    i18n.set_language("en")


def test_backup_interval_is_a_setting():
    assert settings.DEFINITIONS["backup_interval_days"].default == 7
    assert settings.DEFINITIONS["backup_interval_days"].type is int
