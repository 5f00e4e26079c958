"""One process per vault.

Two RecruitDesk instances writing one vault would race retention deletions and migrations, so
the vault holds an OS-level lock on ``vault.lock`` while open. The OS drops the lock when the
process dies, so a crash never leaves a vault locked forever (unlike a "pid file").
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from recruitdesk import errors
from recruitdesk.vault.files import PRIVATE_FILE


class VaultLock:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        except OSError as exc:
            raise errors.FolderNotWritable(folder=str(self.path.parent)) from exc
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise errors.VaultInUse() from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows runners
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
