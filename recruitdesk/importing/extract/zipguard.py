"""Refusing zip bombs before a DOCX or ODT is unpacked by its library.

A zip's central directory states every member's sizes, and a hostile file can lie there. So
the declared sizes are only a first, cheap filter; then every member's real compressed data is
inflated here, in 1 MB chunks that are counted and dropped, and the file is refused as soon as
one XML part passes ``max_xml_part_bytes`` or all members together pass ``max_unpacked_bytes``.
Memory stays at a few MB however big the bomb, and the libraries (python-docx, odfpy) only see
archives whose real content is bounded. Members compressed with anything but stored or deflate
are refused: Word and LibreOffice never write them.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from recruitdesk.importing.extract import ReaderFailure
from recruitdesk.importing.limits import MB, Limits

_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_CHUNK = 256 * 1024
_XML_SUFFIXES = (".xml", ".rels")


def check_archive(path: Path | BinaryIO, limits: Limits, kind: str) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_declared(members, limits)
            with (open(path, "rb") if isinstance(path, (str, Path)) else _Unclosed(path)) as handle:
                total = 0
                for member in members:
                    cap = limits.max_xml_part_bytes if member.filename.lower().endswith(_XML_SUFFIXES) else limits.max_unpacked_bytes
                    total += _real_size(handle, member, min(cap, limits.max_unpacked_bytes - total))
                    if total > limits.max_unpacked_bytes:
                        raise ReaderFailure("zip-bomb")
    except (zipfile.BadZipFile, OSError, ValueError, struct.error, zlib.error) as exc:
        raise ReaderFailure("damaged-file", kind=kind) from exc


class _Unclosed:
    """A caller's file object (a decrypted package in memory), used without closing it."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle

    def __enter__(self) -> BinaryIO:
        return self.handle

    def __exit__(self, *exc_info: object) -> None:
        self.handle.seek(0)


def _check_declared(members: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(members) > limits.max_zip_members:
        raise ReaderFailure("zip-bomb")
    total = 0
    for member in members:
        total += member.file_size
        if total > limits.max_unpacked_bytes:
            raise ReaderFailure("zip-bomb")
        if member.file_size > MB and member.file_size > limits.max_compression_ratio * max(member.compress_size, 1):
            raise ReaderFailure("zip-bomb")


def _real_size(handle, member: zipfile.ZipInfo, cap: int) -> int:
    """Bytes ``member`` really unpacks to, counted up to just past ``cap`` (then ZipBomb)."""
    handle.seek(member.header_offset)
    header = _LOCAL_HEADER.unpack(handle.read(_LOCAL_HEADER.size))
    if header[0] != _LOCAL_SIGNATURE:
        raise ValueError("bad local header")
    name_length, extra_length = header[9], header[10]
    handle.seek(name_length + extra_length, 1)
    left = member.compress_size
    if member.compress_type == zipfile.ZIP_STORED:
        size = left
    elif member.compress_type == zipfile.ZIP_DEFLATED:
        size = _inflate_counting(handle, left, cap)
    else:
        raise ValueError("unexpected compression method")
    if size > cap:
        raise ReaderFailure("zip-bomb")
    return size


def _inflate_counting(handle, left: int, cap: int) -> int:
    inflater = zlib.decompressobj(-15)
    size = 0
    while left > 0 and not inflater.eof:
        chunk = handle.read(min(_CHUNK, left))
        if not chunk:
            break
        left -= len(chunk)
        pending = chunk
        while pending:
            size += len(inflater.decompress(pending, _CHUNK))
            if size > cap:
                return size
            pending = inflater.unconsumed_tail
    return size
