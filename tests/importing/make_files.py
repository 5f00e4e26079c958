"""Synthetic CVs and hostile files for the import tests, generated on the fly.

Real CVs come from the shared corpus; everything Belgian or Dutch (national numbers, BSNs,
IBANs with valid check digits) and everything hostile is made here, so no test depends on a
real person's data.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from stdnum.be import nn as be_nn
from stdnum.iso7064 import mod_97_10

MB = 1024 * 1024


def belgian_national_number(born: str = "850730", serial: str = "033") -> str:
    """A valid Belgian national register number (YY.MM.DD-SSS.CC) for someone born in 19xx."""
    base = born + serial
    check = 97 - int(base) % 97
    number = f"{base}{check:02d}"
    assert be_nn.is_valid(number)
    return be_nn.format(number)


def belgian_iban(bank: str = "001", account: str = "2345678") -> str:
    national_check = int(bank + account) % 97 or 97
    bban = f"{bank}{account}{national_check:02d}"
    check = mod_97_10.calc_check_digits(bban + "BE")
    value = f"BE{check}{bban}"
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


def dutch_bsn(prefix: str = "11122233") -> str:
    for last in range(10):
        number = prefix + str(last)
        total = sum(int(digit) * weight for digit, weight in zip(number[:8], range(9, 1, -1))) - int(number[8])
        if total % 11 == 0:
            return number
    raise AssertionError("no valid BSN with this prefix")


def dutch_cv_lines(name: str = "Griet Van den Broeck", email: str = "griet.vandenbroeck@example.be",
                   phone: str = "0470 12 34 56", national_number: str | None = None) -> list[str]:
    return [
        name,
        "Boekhouder",
        f"Kerkstraat 12, 9000 Gent · {phone} · {email}",
        "linkedin.com/in/grietvdb",
        f"Geboortedatum: 30/07/1985 · Rijksregisternummer: {national_number or belgian_national_number()}",
        f"Rekeningnummer: {belgian_iban()}",
        "Werkervaring",
        "2015 - heden: boekhouder bij een kmo in Gent. Ik ben verantwoordelijk voor de boekhouding en de btw-aangiftes van de klanten.",
        "Opleiding",
        "Bachelor in het bedrijfsmanagement, Hogeschool Gent",
        "Talen",
        "Nederlands, Frans en Engels",
        "Referenties",
        "Jan Peeters, zaakvoerder",
        "jan.peeters@kmo-voorbeeld.be",
        "+32 9 123 45 67",
    ]


def french_cv_lines(name: str = "Camille Dubois", email: str = "camille.dubois@example.be",
                    phone: str = "+32 2 555 12 34") -> list[str]:
    return [
        "Curriculum vitae",
        f"Nom : {name}",
        f"Adresse : Rue de la Loi 16, 1000 Bruxelles · Tél. : {phone}",
        f"Courriel : {email}",
        f"Date de naissance : 12 mars 1990 · Registre national : {belgian_national_number('900312', '154')}",
        f"IBAN : {belgian_iban('001', '2345678')}",
        "Expérience professionnelle",
        "2016 - aujourd'hui : chargée de projet dans une entreprise de la région de Bruxelles. Je suis responsable des relations avec les clients et de la gestion des équipes.",
        "Formation",
        "Master en sciences de gestion, Université libre de Bruxelles",
        "Langues : français, néerlandais et anglais",
        "Présenté par",
        "Interim Plus, votre consultant Marc Lenoir",
        "marc.lenoir@interimplus.example",
        "+32 2 999 88 77",
    ]


def write_docx(path: Path, lines: list[str], text_box: str | None = None, header: str | None = None) -> Path:
    """A DOCX with one paragraph per line, plus optionally a text box and a header."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for line in lines:
        document.add_paragraph(line)
    if text_box:
        paragraph = document.add_paragraph()._p
        paragraph.append(parse_xml(_TEXT_BOX.format(text=text_box)))
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Vaardigheid", "Excel in een tabel"
    document.save(str(path))
    return path


_TEXT_BOX = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml">'
    '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
    '<w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
    '</w:txbxContent></wps:txbx></w:drawing></mc:Choice>'
    '<mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback>'
    '</mc:AlternateContent></w:r>'
)


def write_pdf(path: Path, lines: list[str]) -> Path:
    """A minimal valid PDF with a real text layer (Helvetica, WinAnsi), written by hand."""
    def escape(text: str) -> bytes:
        return text.encode("cp1252", errors="replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = b"BT /F1 11 Tf 14 TL 50 800 Td " + b" ".join(b"(" + escape(line) + b") Tj T*" for line in lines) + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    return _write_objects(path, objects)


def write_pdf_with_reference_loop(path: Path) -> Path:
    """A page tree whose Pages node lists itself as a kid, and a Length that refers to itself."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 /Parent 2 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << >> >>",
        b"<< /Length 4 0 R >>\nstream\nBT ET\nendstream",
    ]
    return _write_objects(path, objects)


def _write_objects(path: Path, objects: list[bytes]) -> Path:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def write_docx_zip_bomb(path: Path, unpacked_mb: int = 300) -> Path:
    """A real DOCX plus one member of ``unpacked_mb`` MB of zeros (a few hundred KB packed)."""
    write_docx(path, ["Zip Bomb"])
    chunk = bytes(MB)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/media/image1.bin", "w", force_zip64=True) as member:
            for _ in range(unpacked_mb):
                member.write(chunk)
    return path


def write_sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


def write_pdf_with_random_content(path: Path, size: int, seed: int = 20) -> Path:
    """A one-page PDF whose content stream is ``size`` random bytes (a hostile file)."""
    import random

    stream = random.Random(seed).randbytes(size)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return _write_objects(path, objects)


def write_pdf_with_content_bomb(path: Path, unpacked_mb: int = 200) -> Path:
    """A one-page PDF whose Flate content stream unpacks to ``unpacked_mb`` MB of operators."""
    import zlib

    compressor = zlib.compressobj(9)
    piece = b"0 0 m 1 1 l S\n" * (MB // 14)
    packed = b"".join(compressor.compress(piece) for _ in range(unpacked_mb)) + compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
    ]
    return _write_objects(path, objects)


def write_docx_lying_about_its_size(path: Path, unpacked_mb: int = 600) -> Path:
    """A DOCX whose document.xml really unpacks to ``unpacked_mb`` MB, while the zip's headers
    (local and central) claim 10 kB: the declared sizes pass every check on them."""
    import struct

    write_docx(path, ["Liar"])
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    body = b"<w:p><w:r><w:t>A</w:t></w:r></w:p>" * 1000
    document = (b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                b'wordprocessingml/2006/main"><w:body>')
    real = bytearray(document)
    while len(real) < unpacked_mb * MB:
        real += body
    real += b"</w:body></w:document>"
    parts["word/document.xml"] = bytes(real)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    data = bytearray(path.read_bytes())
    true_size = struct.pack("<I", len(real))
    assert data.count(true_size) == 2  # the local header and the central directory entry
    path.write_bytes(bytes(data.replace(true_size, struct.pack("<I", 10_000))))
    return path
