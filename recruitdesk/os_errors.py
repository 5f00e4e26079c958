"""What went wrong with a file or folder, in the user's language.

``os.strerror`` answers in the C library's language (English on most systems, whatever the
window's language), and Windows reports a file held open by another program as a bare error
number. The sentences an error message embeds as its reason ("The export could not be written to
X (the disk is full)") come from here instead; an unusual error falls back to the system's text.
"""

from __future__ import annotations

import errno
import os

from recruitdesk.i18n import N_, translate

WINDOWS_SHARING_VIOLATION = 32  # winerror: the file is open in another program
WINDOWS_LOCK_VIOLATION = 33

_REASONS = {
    errno.ENOSPC: N_("os errors", "the disk is full"),
    getattr(errno, "EDQUOT", -1): N_("os errors", "your disk quota is used up"),
    errno.EACCES: N_("os errors", "permission denied"),
    errno.EPERM: N_("os errors", "permission denied"),
    errno.EROFS: N_("os errors", "the disk is read-only"),
    errno.ENOENT: N_("os errors", "the file or folder does not exist"),
    errno.ENOTDIR: N_("os errors", "a part of the path is not a folder"),
    errno.EISDIR: N_("os errors", "it is a folder, not a file"),
    errno.EEXIST: N_("os errors", "it already exists"),
    errno.ENAMETOOLONG: N_("os errors", "the name is too long"),
    errno.EIO: N_("os errors", "the disk could not be read or written"),
    errno.EBUSY: N_("os errors", "it is in use by another program"),
    errno.EMFILE: N_("os errors", "too many files are open"),
}
_WINDOWS_REASONS = {
    WINDOWS_SHARING_VIOLATION: N_("os errors", "it is in use by another program"),
    WINDOWS_LOCK_VIOLATION: N_("os errors", "it is in use by another program"),
}


def describe_os_error(exc: OSError) -> str:
    """A short reason for ``exc`` in the current language (lower case, to sit inside a sentence)."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINDOWS_REASONS:
        return translate("os errors", _WINDOWS_REASONS[winerror])
    if exc.errno in _REASONS:
        return translate("os errors", _REASONS[exc.errno])
    if exc.errno:
        return os.strerror(exc.errno)
    return exc.strerror or type(exc).__name__


def describe_errno(number: int) -> str:
    """The same for an error number without an exception."""
    return describe_os_error(OSError(number, os.strerror(number)))
