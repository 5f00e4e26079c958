"""Turning what the user dropped (files and folders) into the list of files to import.

The rules, the same for the CLI and the GUI:

* Only regular files are read. Folders are walked recursively in a stable order.
* Links are resolved, never trusted. A link to a file inside the chosen folder is read as that
  file (once, even if it is also found directly). A link to a file *outside* the chosen folder
  is not read: it is listed with the reason "a link to a file outside the folder was not
  imported", so ``ln -s ~/.ssh/id_rsa folder/Eve_CV.txt`` can never store a private key as a CV.
  Links to folders are not followed (a link loop must not hang the import), and are listed.
* A link named explicitly (a single file argument, a file picked in a dialog) follows the same
  rule with its own folder as "the folder": it is read when it points to a file next to it or
  below, and refused otherwise. Selecting every file of a stranger's folder in a file dialog
  names each link explicitly, so "explicit" cannot mean "trusted". Import the file itself.
* Hidden files and folders (``.DS_Store``, ``.git``), Office lock files (``~$cv.docx``) and the
  system's thumbnail files (``Thumbs.db``, ``desktop.ini``) are not imported, whether found in a
  folder or named, and each is listed with its reason (a hidden folder once, not file by
  file). To import a hidden file, rename it.
* A path that does not exist is kept, so it is reported as a failure instead of vanishing.

``gather`` returns every entry in order: a ``Path`` to read or a ``Skipped`` with its reason;
``expand`` returns only the paths to read. Every path returned is free of links in its last
component, so a later step that receives it again (the GUI previews what it listed) cannot be
led elsewhere; ``skip_reason`` re-applies the rules to a single path at reading time.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from recruitdesk.importing import failures
from recruitdesk.importing.failures import ImportFailure

SYSTEM_FILES = ("thumbs.db", "desktop.ini")


@dataclass(frozen=True)
class Skipped:
    """A file or folder that was found but is not imported, and why."""

    path: Path
    failure: ImportFailure

    @property
    def file(self) -> str:
        return self.path.name


def gather(paths: Iterable[str | os.PathLike[str]]) -> list[Path | Skipped]:
    entries: list[Path | Skipped] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir() and not path.is_symlink() and not _hidden(path):
            _walk(entries, seen, path)
        else:
            _add(entries, seen, path, _resolved_or_none(path.parent) if path.is_symlink() else None, explicit=True)
    return entries


def expand(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The files to read, without the skipped ones (see ``gather`` for those)."""
    return [entry for entry in gather(paths) if isinstance(entry, Path)]


def skip_reason(path: Path, folder: Path | None = None) -> ImportFailure | None:
    """Why ``path`` is not imported, or None. ``folder``: the chosen folder it was found in."""
    name = path.name
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):  # broken, or a loop
            return failures.NotARegularFile(file=name)
        if target.is_dir():
            return failures.LinkToFolder(file=name)
        root = folder if folder is not None else _resolved_or_none(path.parent)
        if root is None or not target.is_relative_to(root):
            return failures.LinkOutsideFolder(file=name)
    if _hidden(path):
        return failures.HiddenFolder(file=name) if path.is_dir() else failures.HiddenFile(file=name)
    if name.startswith("~$") or name.lower() in SYSTEM_FILES:
        return failures.SystemFile(file=name)
    return None


def read_regular_file(path: Path, limit: int) -> bytes | None:
    """The bytes of ``path`` if it is (still) a regular file and at most ``limit`` bytes.

    Opened without following a link in the last component (where the platform can), and
    checked on the open handle, so a file swapped for a link after it was listed is not read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return None
        data = handle.read(limit + 1)
    return data if len(data) <= limit else None


# --- internals ---------------------------------------------------------------------------------
def _walk(entries: list[Path | Skipped], seen: set[Path], top: Path) -> None:
    root = _resolved_or_none(top)
    for folder, subfolders, names in os.walk(top, followlinks=False):
        base = Path(folder)
        for name in sorted(names):
            _add(entries, seen, base / name, root)
        kept = []
        for name in sorted(subfolders):
            sub = base / name
            if sub.is_symlink() or _hidden(sub):
                _add(entries, seen, sub, root)  # listed with its reason, not entered
            else:
                kept.append(name)
        subfolders[:] = kept


def _add(entries: list[Path | Skipped], seen: set[Path], path: Path, root: Path | None, explicit: bool = False) -> None:
    """Add ``path`` (or its reason). Files found in a folder are compared by their real path, so
    a link and its target count once; named files by their absolute path, as the GUI lists them
    (one entry per named file: the GUI matches its rows to the entries)."""
    reason = skip_reason(path, root)
    if reason is None and path.is_symlink():
        path = path.resolve()  # a link inside the folder: read its target, once
        reason = skip_reason(path, root)
    key = _key(path) if reason is None and not explicit else path.absolute()
    if key in seen:
        return
    seen.add(key)
    entries.append(path if reason is None else Skipped(path, reason))


def _hidden(path: Path) -> bool:
    name = path.name
    return name.startswith(".") and name not in (".", "..")


def _key(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _resolved_or_none(path: Path) -> Path | None:
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
