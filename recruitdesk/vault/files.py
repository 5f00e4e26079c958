"""File-system helpers that keep vault files private and writes all-or-nothing."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from recruitdesk import errors

PRIVATE_FILE = stat.S_IRUSR | stat.S_IWUSR
PRIVATE_DIR = stat.S_IRWXU


def make_private(path: Path) -> None:
    """Owner-only permissions (a no-op beyond the read-only bit on Windows, where ACLs apply)."""
    try:
        os.chmod(path, PRIVATE_DIR if path.is_dir() else PRIVATE_FILE)
    except FileNotFoundError:
        pass


DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")


def repair_database_permissions(database_path: Path) -> None:
    """Give the database and its -wal/-shm/-journal files back owner read and write.

    When a vault was once opened read-only (a read-only mount, a copy from a CD or a
    backup tool), SQLite leaves ``vault.db-wal`` and ``-shm`` at 0400; every later open would
    then fail as if the folder were not writable, although it is. These are the vault's own
    files, so opening repairs them, instead of refusing. Only files this user owns are touched,
    and only the owner bits are set (never group or other). A folder that is really read-only
    was refused before this point (``check_writable_folder``); a file that cannot be repaired
    is left alone, and SQLite's own error gives the clear message.
    """
    for suffix in DATABASE_COMPANIONS:
        path = Path(str(database_path) + suffix)
        try:
            info = path.lstat()
        except FileNotFoundError:
            continue
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
            continue
        if stat.S_IMODE(info.st_mode) != PRIVATE_FILE:
            try:
                os.chmod(path, PRIVATE_FILE)
            except OSError:
                pass


def write_private_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over ``path``."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, PRIVATE_FILE)
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise


def check_writable_folder(folder: Path) -> None:
    """Prove ``folder`` can hold a vault by creating and removing a probe file in it.

    ``os.access`` is not enough: it says yes to root, and it cannot see read-only mounts or
    Windows ACLs. An actual write answers truthfully.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise errors.NotAFolder(folder=str(folder))
    try:
        fd, probe = tempfile.mkstemp(prefix=".probe-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise os_error_to_vault_error(exc, folder) from exc


def os_error_to_vault_error(exc: OSError, folder: Path) -> errors.VaultError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return errors.DiskFull(folder=str(folder))
    return errors.FolderNotWritable(folder=str(folder))
