"""Writing real Outlook .msg files for the tests ([MS-OXMSG] over a compound file).

No .msg fixture with a suitable licence ships on PyPI (extract-msg's sdist has no test files),
so the tests build one: a compound file written with extract-msg's own ``OleWriter`` (a
[MS-CFB] writer), holding the MAPI property streams Outlook writes for a received mail: the
top-level property stream with the submit time, string properties (subject, body, sender, the
transport headers with Date and Reply-To) and one attachment storage per attached file (by
value, or an embedded message).
"""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

PT_UNICODE, PT_BINARY, PT_LONG, PT_SYSTIME, PT_OBJECT = 0x001F, 0x0102, 0x0003, 0x0040, 0x000D
ATTACH_BY_VALUE, ATTACH_EMBEDDED_MSG = 1, 5


def _stream(tag: int, kind: int) -> str:
    return f"__substg1.0_{tag:04X}{kind:04X}"


def _filetime(moment: dt.datetime) -> int:
    return int((moment - dt.datetime(1601, 1, 1, tzinfo=dt.timezone.utc)).total_seconds() * 10_000_000)


def _fixed_property(tag: int, kind: int, value: int) -> bytes:
    return struct.pack("<IIQ", (tag << 16) | kind, 0x6, value)


def _variable_property(tag: int, kind: int, size: int) -> bytes:
    return struct.pack("<IIII", (tag << 16) | kind, 0x6, size, 0)


def _add_message(writer, prefix: list[str], *, subject: str, body: str, sender_name: str, sender_address: str,
                 sent: dt.datetime, reply_to: str | None, attachments: list, top_level: bool) -> None:
    headers = (f"From: {sender_name} <{sender_address}>\r\nDate: {sent.strftime('%a, %d %b %Y %H:%M:%S +0000')}\r\n"
               f"Subject: {subject}\r\n" + (f"Reply-To: {reply_to}\r\n" if reply_to else "") + "MIME-Version: 1.0\r\n\r\n")
    strings = {0x001A: "IPM.Note", 0x0037: subject, 0x1000: body, 0x0C1A: sender_name, 0x0C1F: sender_address,
               0x5D01: sender_address, 0x0065: sender_address, 0x0042: sender_name, 0x007D: headers}
    properties = [_fixed_property(0x0039, PT_SYSTIME, _filetime(sent)), _fixed_property(0x0E06, PT_SYSTIME, _filetime(sent))]
    for tag, value in strings.items():
        data = value.encode("utf-16-le")
        writer.addEntry(prefix + [_stream(tag, PT_UNICODE)], data)
        properties.append(_variable_property(tag, PT_UNICODE, len(data) + 2))
    header = struct.pack("<8sIIII8s", bytes(8), 1, len(attachments), 0, len(attachments), bytes(8)) if top_level \
        else struct.pack("<8sIIII", bytes(8), 1, len(attachments), 0, len(attachments))
    writer.addEntry(prefix + ["__properties_version1.0"], header + b"".join(properties))
    if top_level:
        writer.addEntry(prefix + ["__nameid_version1.0"], storage=True)
        for name in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
            writer.addEntry(prefix + ["__nameid_version1.0", name], b"")
    for index, attachment in enumerate(attachments):
        folder = prefix + [f"__attach_version1.0_#{index:08X}"]
        writer.addEntry(folder, storage=True)
        name, content = attachment
        props = [_fixed_property(0x0E21, PT_LONG, index)]
        if isinstance(content, dict):  # an embedded message
            props.append(_fixed_property(0x3705, PT_LONG, ATTACH_EMBEDDED_MSG))
            inner = folder + ["__substg1.0_3701000D"]
            writer.addEntry(inner, storage=True)
            _add_message(writer, inner, top_level=False, **content)
        else:
            props.append(_fixed_property(0x3705, PT_LONG, ATTACH_BY_VALUE))
            writer.addEntry(folder + [_stream(0x3701, PT_BINARY)], content)
            props.append(_variable_property(0x3701, PT_BINARY, len(content)))
        for tag in (0x3707, 0x3704, 0x3001):
            data = name.encode("utf-16-le")
            writer.addEntry(folder + [_stream(tag, PT_UNICODE)], data)
            props.append(_variable_property(tag, PT_UNICODE, len(data) + 2))
        writer.addEntry(folder + ["__properties_version1.0"], bytes(8) + b"".join(props))


def write_msg(path: Path, *, subject: str, body: str, sender_name: str, sender_address: str,
              sent: dt.datetime, reply_to: str | None = None,
              attachments: list[tuple[str, bytes | dict]] = ()) -> Path:
    """An Outlook .msg; an attachment's content is bytes, or a dict of these arguments for an embedded mail."""
    from extract_msg.ole_writer import OleWriter

    writer = OleWriter()
    _add_message(writer, [], subject=subject, body=body, sender_name=sender_name, sender_address=sender_address,
                 sent=sent, reply_to=reply_to, attachments=list(attachments), top_level=True)
    writer.write(str(path))
    return path
