"""File errors are named in the user's language, not the C library's."""

from __future__ import annotations

import errno
import os

import pytest

from recruitdesk import i18n
from recruitdesk.exporting import archive
from recruitdesk.os_errors import WINDOWS_SHARING_VIOLATION, describe_errno, describe_os_error


@pytest.fixture
def language():
    yield i18n.set_language
    i18n.set_language("en")


@pytest.mark.parametrize(("language_code", "expected"), [
    ("en", "the disk is full"),
    ("nl", "de schijf is vol"),
    ("fr", "le disque est plein"),
])
def test_a_full_disk_is_named_in_the_window_language(language, language_code, expected):
    language(language_code)
    assert describe_os_error(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))) == expected


def test_every_named_error_is_translated_in_dutch_and_french(language):
    numbers = [errno.ENOSPC, errno.EACCES, errno.EROFS, errno.ENOENT, errno.ENOTDIR, errno.EISDIR, errno.EEXIST,
               errno.ENAMETOOLONG, errno.EIO, errno.EBUSY, errno.EMFILE]
    english = [describe_errno(number) for number in numbers]
    for code in ("nl", "fr"):
        language(code)
        translated = [describe_errno(number) for number in numbers]
        assert all(mine != theirs for mine, theirs in zip(translated, english, strict=True)), (code, translated)


def test_a_file_open_in_another_windows_program_is_named():
    exc = OSError(errno.EACCES, "The process cannot access the file")
    exc.winerror = WINDOWS_SHARING_VIOLATION  # what Windows adds; set by hand on other systems
    assert describe_os_error(exc) == "it is in use by another program"


def test_an_unusual_error_falls_back_to_the_system_text():
    assert describe_errno(errno.EXDEV) == os.strerror(errno.EXDEV)
    assert describe_os_error(OSError("no number")) == "OSError"


def test_the_export_message_embeds_the_translated_reason(tmp_path, language):
    language("fr")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(archive.ExportWriteFailed) as caught:
        archive.prepare_folder(blocker / "export")
    assert "n'est pas un dossier" in caught.value.message()
