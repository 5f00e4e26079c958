"""Turning what the user dropped (files and folders) into the list of files to import.

Folders are walked recursively in a stable order, without following symbolic links (a link
loop must not hang the import); hidden files and folders (".DS_Store", ".git") and Office lock
files ("~$cv.docx") are skipped. A path that does not exist is kept, so it is reported as a
failure instead of vanishing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable


def expand(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    files: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir() and not path.is_symlink():
            for folder, subfolders, names in os.walk(path, followlinks=False):
                subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
                for name in sorted(names):
                    if not _skipped(name):
                        _add(files, seen, Path(folder) / name)
        else:
            _add(files, seen, path)
    return files


def _skipped(name: str) -> bool:
    return name.startswith((".", "~$")) or name in ("Thumbs.db", "desktop.ini")


def _add(files: list[Path], seen: set[Path], path: Path) -> None:
    key = path.absolute()
    if key not in seen:
        seen.add(key)
        files.append(path)
