"""Mails dragged straight out of Outlook on Windows: a virtual-file drop, not files.

Outlook offers no path: the drag carries a ``FileGroupDescriptorW`` clipboard format (a count,
then one 592-byte FILEDESCRIPTORW per item: flags, size, times and a 260-character UTF-16 file
name such as "Sollicitatie Jan Peeters.msg") and, per item, ``FileContents`` with the bytes of
the .msg. Older programs offer the ANSI ``FileGroupDescriptor`` (332-byte FILEDESCRIPTORA).
This module is Qt-free: the GUI's drop handler hands it the raw bytes of those formats (Qt
exposes them as ``application/x-qt-windows-mime;value="..."``), and gets back real files written
into a private folder it owns, which then go through the normal import (and are deleted after).

Limitation: Qt asks for ``FileContents`` with lindex 0 only, so of several mails dragged at once
only the first one's bytes arrive; the others are reported by name so the user can drag them
one at a time.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import struct
from dataclasses import dataclass
from pathlib import Path

QT_DESCRIPTOR_W = 'application/x-qt-windows-mime;value="FileGroupDescriptorW"'
QT_DESCRIPTOR_A = 'application/x-qt-windows-mime;value="FileGroupDescriptor"'
QT_CONTENTS = 'application/x-qt-windows-mime;value="FileContents"'

FD_FILESIZE, FD_WRITESTIME, FD_ATTRIBUTES = 0x40, 0x20, 0x04
FILE_ATTRIBUTE_DIRECTORY = 0x10
_WIDE_SIZE, _ANSI_SIZE = 592, 332
_FIXED = struct.Struct("<I16s8s8sIQQQII")  # flags, clsid, sizel, pointl, attributes, 3 times, size high/low
MAX_ITEMS = 500
_RESERVED = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_WINDOWS_DEVICES = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}


class DescriptorError(ValueError):
    """The descriptor bytes are not a FileGroupDescriptor (truncated or inconsistent)."""


@dataclass(frozen=True)
class VirtualFile:
    name: str
    size: int | None  # None when the descriptor does not state it
    modified: dt.datetime | None
    is_folder: bool = False


def parse_descriptor(data: bytes, wide: bool = True) -> list[VirtualFile]:
    """The items of a FileGroupDescriptorW (``wide``) or FileGroupDescriptor."""
    record = _WIDE_SIZE if wide else _ANSI_SIZE
    if len(data) < 4:
        raise DescriptorError("no item count")
    count = struct.unpack_from("<I", data, 0)[0]
    if count > MAX_ITEMS or 4 + count * record > len(data):
        raise DescriptorError("item count does not match the data")
    items = []
    for index in range(count):
        offset = 4 + index * record
        flags, _, _, _, attributes, _, _, written, high, low = _FIXED.unpack_from(data, offset)
        raw_name = data[offset + _FIXED.size: offset + record]
        if wide:
            name = raw_name.decode("utf-16-le", errors="replace").split("\x00", 1)[0]
        else:
            name = raw_name.split(b"\x00", 1)[0].decode("mbcs" if os.name == "nt" else "cp1252", errors="replace")
        size = (high << 32 | low) if flags & FD_FILESIZE else None
        modified = _filetime(written) if flags & FD_WRITESTIME else None
        folder = bool(flags & FD_ATTRIBUTES and attributes & FILE_ATTRIBUTE_DIRECTORY)
        items.append(VirtualFile(name, size, modified, folder))
    return items


def safe_name(name: str, index: int) -> str:
    """A file name that is safe on every system: no folders, no reserved characters or device names."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = _RESERVED.sub("_", base).strip(" .")[:150]
    stem = base.rsplit(".", 1)[0].lower()
    if not base or stem in _WINDOWS_DEVICES:
        base = f"mail-{index + 1}.msg"
    return base


def files_from_drop(formats: dict[str, bytes], folder: Path) -> tuple[list[Path], list[str]]:
    """Write the dropped virtual files into ``folder``; returns (written paths, names not received).

    ``formats`` maps the Qt format names above to their bytes (as ``QMimeData.data(name)`` gives).
    """
    if formats.get(QT_DESCRIPTOR_W):
        items = parse_descriptor(formats[QT_DESCRIPTOR_W], wide=True)
    elif formats.get(QT_DESCRIPTOR_A):
        items = parse_descriptor(formats[QT_DESCRIPTOR_A], wide=False)
    else:
        return [], []
    contents = formats.get(QT_CONTENTS) or b""
    written: list[Path] = []
    missing: list[str] = []
    used: set[str] = set()
    for index, item in enumerate(items):
        if item.is_folder:
            continue
        if index > 0 or not contents or (item.size is not None and len(contents) < item.size):
            missing.append(item.name)
            continue
        name = safe_name(item.name, index)
        while name.lower() in used:
            name = f"{index + 1}-{name}"
        used.add(name.lower())
        target = folder / name
        data = contents if item.size is None else contents[: item.size]
        with open(target, "xb") as handle:
            handle.write(data)
        written.append(target)
    return written, missing


def _filetime(value: int) -> dt.datetime | None:
    if value <= 0:
        return None
    try:
        return dt.datetime(1601, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(microseconds=value // 10)
    except OverflowError:
        return None
