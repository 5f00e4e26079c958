"""One process per vault, even if someone deletes ``vault.lock``.

Two RecruitDesk instances writing one vault would race retention deletions, erasures and
migrations. The OS drops every lock below when the process dies, so a crash never leaves a
vault locked forever (unlike a "pid file").

What is locked, and why there:

* POSIX: an exclusive ``flock`` on the **vault folder itself** (a descriptor of the directory,
  held open while the vault is open). A lock on a file that can be deleted and recreated
  (``vault.lock``) is only as good as the file staying in place: after ``rm vault.lock`` a second
  process would lock a new file and get in. The folder cannot be swapped under an open vault.
  Not ``vault.db``: SQLite takes POSIX ``fcntl`` locks on it, and a process's ``fcntl`` locks on
  a file all vanish when *any* descriptor of that file is closed (SQLite closes its own all the
  time), while on macOS and the BSDs a ``flock`` on the same file would conflict with SQLite's
  locks inside this very process. Not ``vault.key``: it is replaced atomically (rename) when a
  device key is re-enrolled, so a lock on it would stay on the old file. ``flock`` locks belong
  to the open file description, so nothing SQLite opens or closes can release this one.
* Everywhere, as before, a lock on ``vault.lock`` (older versions look only there). On Windows
  it is the single-instance lock: a file opened by Python cannot be deleted or renamed while
  it is open (no ``FILE_SHARE_DELETE``), so ``vault.lock`` cannot disappear under a running app.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from recruitdesk import errors
from recruitdesk.vault.files import PRIVATE_FILE

_BUSY = (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES)


class VaultLock:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        self._folder_fd: int | None = None

    def acquire(self) -> None:
        folder_fd = _lock_folder(self.path.parent)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        except OSError as exc:
            _close(folder_fd)
            raise errors.FolderNotWritable(folder=str(self.path.parent)) from exc
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            _close(folder_fd)
            raise errors.VaultInUse() from exc
        self._fd, self._folder_fd = fd, folder_fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None
            folder_fd, self._folder_fd = self._folder_fd, None
            _close(folder_fd)  # closing the descriptor drops the folder's flock

    @property
    def held(self) -> bool:
        return self._fd is not None


def _close(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows runners
    import msvcrt

    def _lock_folder(_folder: Path) -> int | None:
        return None  # vault.lock cannot be deleted while open on Windows (see the module doc)

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_folder(folder: Path) -> int | None:
        """An exclusive flock on the folder; VaultInUse if another process holds it.

        A file system that cannot lock a directory (some network shares) falls back to the
        ``vault.lock`` lock alone, as before, rather than refusing to open.
        """
        try:
            fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError as exc:
            raise errors.FolderNotWritable(folder=str(folder)) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            if exc.errno in _BUSY:
                raise errors.VaultInUse() from exc
            return None
        return fd

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
