"""Outlook's virtual-file drop (FileGroupDescriptorW / FileContents), parsed from constructed bytes.

The descriptor bytes are built field by field as Windows lays out FILEDESCRIPTORW (592 bytes:
flags, CLSID, size, point, attributes, creation/access/write FILETIMEs, size high/low, 260 UTF-16
characters of name), as Outlook fills it for a dragged mail; the contents are a real .msg.
"""

from __future__ import annotations

import datetime as dt
import struct

import pytest

from recruitdesk.importing import outlook_drop
from recruitdesk.importing.outlook_drop import DescriptorError, files_from_drop, parse_descriptor
from recruitdesk.services.importing import preview
from tests.importing import make_files
from tests.support.msg_files import write_msg

WRITTEN = dt.datetime(2026, 10, 14, 8, 45, tzinfo=dt.timezone.utc)


def filetime(moment: dt.datetime) -> int:
    return int((moment - dt.datetime(1601, 1, 1, tzinfo=dt.timezone.utc)).total_seconds() * 10_000_000)


def descriptor(items: list[tuple[str, int]], wide: bool = True) -> bytes:
    data = struct.pack("<I", len(items))
    for name, size in items:
        flags = outlook_drop.FD_FILESIZE | outlook_drop.FD_WRITESTIME | 0x4000  # FD_PROGRESSUI, as Outlook sets
        fixed = struct.pack("<I16s8s8sIQQQII", flags, bytes(16), bytes(8), bytes(8), 0x80, 0, 0, filetime(WRITTEN), size >> 32, size & 0xFFFFFFFF)
        encoded = name.encode("utf-16-le") if wide else name.encode("cp1252")
        width = 520 if wide else 260
        data += fixed + encoded.ljust(width, b"\x00")
    return data


def test_descriptor_items_are_parsed():
    [item] = parse_descriptor(descriptor([("Sollicitatie Zoë Peeters.msg", 48_128)]))
    assert (item.name, item.size, item.modified, item.is_folder) == ("Sollicitatie Zoë Peeters.msg", 48_128, WRITTEN, False)
    [ansi] = parse_descriptor(descriptor([("Candidature.msg", 10)], wide=False), wide=False)
    assert ansi.name == "Candidature.msg" and ansi.size == 10


def test_truncated_descriptor_is_refused():
    with pytest.raises(DescriptorError):
        parse_descriptor(descriptor([("a.msg", 1)])[:300])
    with pytest.raises(DescriptorError):
        parse_descriptor(struct.pack("<I", 10_000_000))


def test_a_dragged_mail_becomes_a_file_that_imports(tmp_path):
    cv = make_files.write_pdf(tmp_path / "cv.pdf", make_files.dutch_cv_lines()).read_bytes()
    mail = write_msg(tmp_path / "source.msg", subject="Sollicitatie", body="In bijlage mijn cv.", sender_name="Griet Van den Broeck",
                     sender_address="griet@example.be", sent=WRITTEN, attachments=[("cv.pdf", cv)]).read_bytes()
    drop = tmp_path / "drop"
    drop.mkdir()
    formats = {outlook_drop.QT_DESCRIPTOR_W: descriptor([("RE: Sollicitatie/boekhouder?.msg", len(mail)), ("Tweede mail.msg", 99)]),
               outlook_drop.QT_CONTENTS: mail}
    written, missing = files_from_drop(formats, drop)
    assert [path.name for path in written] == ["boekhouder_.msg"] and missing == ["Tweede mail.msg"]
    [item] = preview(written)
    assert item.ok and item.kind == "msg" and item.name == "Griet Van den Broeck"


def test_device_names_and_empty_names_are_replaced():
    assert outlook_drop.safe_name("CON.msg", 0) == "mail-1.msg"
    assert outlook_drop.safe_name("   ", 2) == "mail-3.msg"
    assert outlook_drop.safe_name("..\\..\\evil.msg", 0) == "evil.msg"
