"""Word 97-2003 (.doc) text from the piece table, with olefile only (pure Python, every system).

No PyPI library reads .doc text without an outside program (antiword, LibreOffice, Word), and a
CV needs only the characters, not the formatting. A .doc is an OLE2 compound file; its
``WordDocument`` stream starts with the File Information Block (FIB), which points into the
table stream (``0Table`` or ``1Table``) at the Clx: a list of pieces, each a run of characters
stored either as CP-1252 bytes ("compressed") or as UTF-16. Reading the pieces in order gives the
document text: main body first, then footnotes, headers and footers, comments and text boxes.
Field instructions (the hidden ``HYPERLINK "..."`` part of a field) are dropped, their shown
result kept. Word 6/95 files have no piece table; their text is the single range fcMin..fcMac.
An encrypted .doc is decrypted in memory with the password (msoffcrypto-tool).
"""

from __future__ import annotations

import io
from pathlib import Path

from recruitdesk.importing.extract import Extracted, ReaderFailure
from recruitdesk.importing.limits import Limits

WORD_IDENT = 0xA5EC
FLAG_ENCRYPTED, FLAG_WHICH_TABLE, FLAG_OBFUSCATED = 0x0100, 0x0200, 0x8000
FC_CLX = 0x01A2  # FibRgFcLcb97.fcClx, then lcbClx
CHARACTER_MAP = {
    "\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x07": "\t", "\x1e": "-", "\x1f": "", "\xa0": " ",
    "\x01": "", "\x02": "", "\x03": "", "\x04": "", "\x05": "", "\x08": "",
}
FIELD_BEGIN, FIELD_SEPARATOR, FIELD_END = "\x13", "\x14", "\x15"


def read_doc(path: Path, limits: Limits, password: str | None = None) -> Extracted:
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            word = ole.openstream("WordDocument").read(limits.max_file_bytes)
            flags = _u16(word, 0x0A) if len(word) >= 0x0C else 0
            if flags & FLAG_ENCRYPTED:
                return _read_encrypted(path, limits, password, obfuscated=bool(flags & FLAG_OBFUSCATED))
            table_name = "1Table" if flags & FLAG_WHICH_TABLE else "0Table"
            table = ole.openstream(table_name).read(limits.max_file_bytes) if ole.exists(table_name) else b""
    except ReaderFailure:
        raise
    except MemoryError:
        raise
    except Exception as exc:  # olefile raises many types on a damaged container
        raise ReaderFailure("damaged-file", kind="Word (.doc)") from exc
    return Extracted(document_text(word, table))


def document_text(word: bytes, table: bytes) -> str:
    """The text of a WordDocument stream and its table stream."""
    if len(word) < 0x20 or _u16(word, 0) != WORD_IDENT:
        raise ReaderFailure("damaged-file", kind="Word (.doc)")
    if _u16(word, 2) < 101 or len(word) < FC_CLX + 8:  # Word 6/95: one range of 8-bit text
        start, end = _u32(word, 0x18), _u32(word, 0x1C)
        if not 0 < start < end <= len(word):
            raise ReaderFailure("damaged-file", kind="Word (.doc)")
        return tidy(word[start:end].decode("cp1252", errors="replace"))
    fc_clx, lcb_clx = _u32(word, FC_CLX), _u32(word, FC_CLX + 4)
    if lcb_clx == 0 or fc_clx + lcb_clx > len(table):
        raise ReaderFailure("damaged-file", kind="Word (.doc)")
    pieces = []
    for start_cp, end_cp, fc, compressed in _pieces(table[fc_clx: fc_clx + lcb_clx]):
        count = end_cp - start_cp
        if compressed:
            chunk = word[fc: fc + count]
            pieces.append(chunk.decode("cp1252", errors="replace"))
        else:
            chunk = word[fc: fc + 2 * count]
            pieces.append(chunk.decode("utf-16-le", errors="replace"))
    return tidy("".join(pieces))


def _pieces(clx: bytes):
    """(first CP, CP after the last, byte offset, compressed) for each piece of the Clx's PlcPcd."""
    position = 0
    while position < len(clx):
        marker = clx[position]
        if marker == 0x01:  # Prc: property modifiers, skipped
            position += 3 + int.from_bytes(clx[position + 1: position + 3], "little", signed=True)
            continue
        if marker != 0x02:
            raise ReaderFailure("damaged-file", kind="Word (.doc)")
        size = _u32(clx, position + 1)
        plc = clx[position + 5: position + 5 + size]
        count = (len(plc) - 4) // 12
        if count <= 0:
            raise ReaderFailure("damaged-file", kind="Word (.doc)")
        cps = [_u32(plc, 4 * index) for index in range(count + 1)]
        for index in range(count):
            descriptor = plc[4 * (count + 1) + 8 * index: 4 * (count + 1) + 8 * (index + 1)]
            fc_compressed = _u32(descriptor, 2)
            compressed = bool(fc_compressed & 0x40000000)
            fc = fc_compressed & 0x3FFFFFFF
            if cps[index + 1] > cps[index]:
                yield cps[index], cps[index + 1], fc // 2 if compressed else fc, compressed
        return
    raise ReaderFailure("damaged-file", kind="Word (.doc)")


def tidy(raw: str) -> str:
    """Paragraph and cell marks as line breaks and tabs; field instructions dropped."""
    output: list[str] = []
    depth_in_instruction: list[bool] = []  # per open field: still in its instruction part?
    for char in raw:
        if char == FIELD_BEGIN:
            depth_in_instruction.append(True)
            continue
        if char == FIELD_SEPARATOR:
            if depth_in_instruction:
                depth_in_instruction[-1] = False
            continue
        if char == FIELD_END:
            if depth_in_instruction:
                depth_in_instruction.pop()
            continue
        if any(depth_in_instruction):
            continue
        output.append(CHARACTER_MAP.get(char, char))
    lines = [line.rstrip() for line in "".join(output).split("\n")]
    return "\n".join(line for line in lines if line.strip())


def _read_encrypted(path: Path, limits: Limits, password: str | None, obfuscated: bool) -> Extracted:
    if not password:
        raise ReaderFailure("password-required", kind="Word (.doc)")
    import msoffcrypto
    import olefile

    output = io.BytesIO()
    try:
        with open(path, "rb") as handle:
            office = msoffcrypto.OfficeFile(handle)
            office.load_key(password=password)
            office.decrypt(output)
    except MemoryError:
        raise
    except Exception as exc:  # msoffcrypto raises InvalidKeyError and others
        raise ReaderFailure("password-incorrect", kind="Word (.doc)") from exc
    output.seek(0)
    try:
        with olefile.OleFileIO(output) as ole:
            word = ole.openstream("WordDocument").read(limits.max_file_bytes)
            table_name = "1Table" if _u16(word, 0x0A) & FLAG_WHICH_TABLE else "0Table"
            table = ole.openstream(table_name).read(limits.max_file_bytes)
    except Exception as exc:
        raise ReaderFailure("damaged-file", kind="Word (.doc)") from exc
    return Extracted(document_text(word, table))


def _u16(data: bytes, offset: int) -> int:
    return int.from_bytes(data[offset: offset + 2], "little")


def _u32(data: bytes, offset: int) -> int:
    return int.from_bytes(data[offset: offset + 4], "little")
