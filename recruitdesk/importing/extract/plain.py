"""RTF (striprtf) and plain text or Markdown, with the encoding detected rather than assumed.

Windows tools still write CP-1252 and UTF-16 text files; decoding them as UTF-8 would turn
"Müller" into mojibake and break name detection. Order: a byte-order mark, UTF-16 without
one (zero bytes in alternate positions), strict UTF-8, then CP-1252.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from recruitdesk.importing.extract import Extracted, ReaderFailure
from recruitdesk.importing.limits import Limits
from recruitdesk.importing.sniff import _utf16_without_bom


def decode_text(data: bytes) -> str:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    utf16 = _utf16_without_bom(data[:4096])
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_text(path: Path, limits: Limits) -> Extracted:
    with open(path, "rb") as handle:
        data = handle.read(limits.max_file_bytes + 1)
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise ReaderFailure("unsupported-format")
    return Extracted(text)


def read_rtf(path: Path, limits: Limits) -> Extracted:
    from striprtf.striprtf import rtf_to_text

    with open(path, "rb") as handle:
        data = handle.read(limits.max_file_bytes + 1)
    try:
        # RTF itself is 7-bit; \'xx escapes and \u are decoded by striprtf.
        text = rtf_to_text(data.decode("cp1252", errors="replace"), errors="ignore")
    except Exception as exc:
        raise ReaderFailure("damaged-file", kind="RTF") from exc
    return Extracted(text.replace("\r\n", "\n"))
