"""Refusing zip bombs before a DOCX or ODT is unpacked.

The central directory states every member's sizes; a CV never unpacks to hundreds of MB nor
compresses a large member more than a few dozen times. Declared sizes could lie, so the
worker's memory cap remains the last line of defence.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import BinaryIO

from recruitdesk.importing.extract import ReaderFailure
from recruitdesk.importing.limits import MB, Limits


def check_archive(path: Path | BinaryIO, limits: Limits, kind: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReaderFailure("damaged-file", kind=kind) from exc
    if len(members) > limits.max_zip_members:
        raise ReaderFailure("zip-bomb")
    total = 0
    for member in members:
        total += member.file_size
        if total > limits.max_unpacked_bytes:
            raise ReaderFailure("zip-bomb")
        if member.file_size > MB and member.file_size > limits.max_compression_ratio * max(member.compress_size, 1):
            raise ReaderFailure("zip-bomb")
