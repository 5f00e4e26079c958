"""Protected and mistyped files for the recognition tests, made by the tests.

- a password-protected .docx: encrypted by msoffcrypto-tool (Agile encryption, as Word 2010+);
- a certificate-protected .docx: the compound file Word writes when a document is encrypted for
  recipients' certificates (``EncryptionInfo`` with only a certificate key encryptor);
- a certificate-protected PDF: the public-key security handler (/Adobe.PubSec) in /Encrypt;
- a Strict Open XML .docx: a python-docx file with every URI rewritten as Word's Strict writer names it;
- a real .doc: written by LibreOffice (``soffice --convert-to doc``), the way old CVs were saved.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

from tests.importing import make_files
from tests.support.ooxml_strict import write_strict_copy


def write_password_docx(path: Path, lines: list[str], password: str) -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = make_files.write_docx(path.with_suffix(".plain.docx"), lines)
    with open(plain, "rb") as source, open(path, "wb") as target:
        OOXMLFile(source).encrypt(password, target)
    plain.unlink()
    return path


_CERTIFICATE_INFO = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" '
    b'xmlns:c="http://schemas.microsoft.com/office/2006/keyEncryptor/certificate">'
    b'<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" '
    b'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>'
    b'<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/certificate">'
    b'<c:encryptedKey encryptedKeyValue="AAAA" X509Certificate="MIIB" certVerifier="AAAA"/>'
    b'</keyEncryptor></keyEncryptors></encryption>'
)


def write_certificate_docx(path: Path) -> Path:
    from extract_msg.ole_writer import OleWriter

    writer = OleWriter()
    writer.addEntry(["EncryptionInfo"], b"\x04\x00\x04\x00\x40\x00\x00\x00" + _CERTIFICATE_INFO)
    writer.addEntry(["EncryptedPackage"], (4096).to_bytes(8, "little") + bytes(range(256)) * 17)
    writer.write(str(path))
    return path


def write_certificate_pdf(path: Path) -> Path:
    """A PDF whose /Encrypt dictionary uses the public-key handler (recipients' certificates)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length 16 >>\nstream\n" + bytes(range(16)) + b"\nendstream",
        b"<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /R 4 /Length 128 "
        b"/CF << /DefaultCryptFilter << /CFM /AESV2 /Recipients [<3082010a0282010100>] >> >> "
        b"/StmF /DefaultCryptFilter /StrF /DefaultCryptFilter /Recipients [<3082010a0282010100>] >>",
    ]
    out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef>"
            b"<0123456789abcdef0123456789abcdef>] >>\nstartxref\n%d\n%%%%EOF\n") % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def write_strict_docx(path: Path, lines: list[str]) -> Path:
    transitional = make_files.write_docx(path.with_suffix(".transitional.docx"), lines)
    write_strict_copy(transitional, path)
    transitional.unlink()
    return path


def write_pptx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", '<Types><Override PartName="/ppt/presentation.xml" '
                         'ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>')
        archive.writestr("ppt/presentation.xml", "<p:presentation/>")
    return path


def write_xlsx(path: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Kandidaten"
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def soffice() -> str:
    """LibreOffice's converter; dev.py installs it (libreoffice-writer-nogui), so its absence fails."""
    program = shutil.which("soffice") or shutil.which("libreoffice")
    assert program, "LibreOffice (soffice) is needed to write real .doc files; run python3 dev.py test to install it"
    return program


def write_doc(path: Path, lines: list[str]) -> Path:
    """A real Word 97-2003 file: a DOCX converted by LibreOffice."""
    source = make_files.write_docx(path.with_suffix(".docx"), lines)
    profile = path.parent / "lo-profile"
    subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "doc",
                    "--outdir", str(path.parent), str(source)], check=True, capture_output=True, timeout=180)
    converted = source.with_suffix(".doc")
    if converted != path:
        converted.replace(path)
    source.unlink()
    return path


def docx_to_pdf(source: Path) -> Path:
    profile = source.parent / "lo-profile"
    subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(source.parent), str(source)], check=True, capture_output=True, timeout=180)
    return source.with_suffix(".pdf")
