"""Decrypt SQLCipher 4 database pages and WAL frames with a raw key, independently of SQLCipher.

Used to prove two things from outside the library: the files on disk hold no plaintext, and
the data really is inside them (so the first proof is not vacuous). Also the basis of the
erasure proof, which searches every decrypted page and WAL frame for a deleted candidate.

SQLCipher 4 defaults: 4096-byte pages; each page ends with a reserved area of a 16-byte IV and
a 64-byte HMAC-SHA512; page 1 starts with the 16-byte salt instead of the SQLite magic; pages
are AES-256-CBC without padding.
"""

from __future__ import annotations

import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE
SALT_SIZE = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def decrypt_page(key: bytes, page: bytes, page_number: int) -> bytes:
    """The plaintext of one page (page 1 gets its SQLite magic back)."""
    if len(page) != PAGE_SIZE:
        raise ValueError("partial page")
    start = SALT_SIZE if page_number == 1 else 0
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + IV_SIZE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(page[start : PAGE_SIZE - RESERVE]) + decryptor.finalize()
    return (b"SQLite format 3\x00" if page_number == 1 else b"") + plain


def database_pages(key: bytes, path: Path) -> list[bytes]:
    data = Path(path).read_bytes()
    return [decrypt_page(key, data[offset : offset + PAGE_SIZE], offset // PAGE_SIZE + 1) for offset in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE)]


def wal_frames(key: bytes, path: Path) -> list[bytes]:
    """Every frame still present in a WAL file, decrypted (stale frames included)."""
    path = Path(path)
    if not path.exists():
        return []
    data = path.read_bytes()
    frames = []
    offset = WAL_HEADER
    while offset + WAL_FRAME_HEADER + PAGE_SIZE <= len(data):
        (page_number,) = struct.unpack(">I", data[offset : offset + 4])
        page = data[offset + WAL_FRAME_HEADER : offset + WAL_FRAME_HEADER + PAGE_SIZE]
        frames.append(decrypt_page(key, page, page_number))
        offset += WAL_FRAME_HEADER + PAGE_SIZE
    return frames


def all_plaintext(key: bytes, database: Path) -> list[bytes]:
    """Decrypted database pages followed by decrypted WAL frames."""
    return database_pages(key, database) + wal_frames(key, Path(str(database) + "-wal"))
