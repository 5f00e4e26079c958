"""Protected Word files: telling a password from a certificate, and decrypting with a password.

An encrypted .docx is an OLE2 compound file holding ``EncryptionInfo`` and ``EncryptedPackage``.
``EncryptionInfo`` says how the key is protected: by a password (Standard encryption, or Agile
encryption with a password key encryptor) or only by recipients' certificates (Agile with
certificate key encryptors), which RecruitDesk cannot open. Rights-managed (IRM) files carry a
DRM transform instead and are treated like certificate protection. Decryption (msoffcrypto-tool)
happens in memory, inside the worker.
"""

from __future__ import annotations

import io
from pathlib import Path

from recruitdesk.importing.extract import ReaderFailure
from recruitdesk.importing.limits import Limits

PASSWORD_ENCRYPTOR = b"http://schemas.microsoft.com/office/2006/keyEncryptor/password"
CERTIFICATE_ENCRYPTOR = b"http://schemas.microsoft.com/office/2006/keyEncryptor/certificate"


def protection(path: Path) -> str:
    """``password``, ``certificate`` (recipients' certificates or rights management) or ``damaged``."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry).lower() for entry in ole.listdir(streams=True, storages=True)}
            if any("drmencryptedtransform" in name or "drmencrypteddataspace" in name for name in streams):
                return "certificate"
            if not ole.exists("EncryptionInfo"):
                return "damaged"
            info = ole.openstream("EncryptionInfo").read(1024 * 1024)
    except Exception:  # olefile raises many types on a damaged directory
        return "damaged"
    if len(info) < 8:
        return "damaged"
    major, minor = int.from_bytes(info[0:2], "little"), int.from_bytes(info[2:4], "little")
    if (major, minor) == (4, 4):  # Agile: an XML descriptor lists the key encryptors
        if PASSWORD_ENCRYPTOR in info:
            return "password"
        return "certificate" if CERTIFICATE_ENCRYPTOR in info else "damaged"
    return "password"  # Standard and Extensible encryption are password based


def decrypt(path: Path, password: str | None, limits: Limits) -> io.BytesIO:
    """The decrypted package; raises ``password-required`` / ``password-incorrect`` / ``certificate-protected``."""
    kind = protection(path)
    if kind == "certificate":
        raise ReaderFailure("certificate-protected", kind="Word")
    if kind == "damaged":
        raise ReaderFailure("damaged-file", kind="Word")
    if not password:
        raise ReaderFailure("password-required", kind="Word")
    import msoffcrypto
    from msoffcrypto.exceptions import InvalidKeyError

    output = io.BytesIO()
    try:
        with open(path, "rb") as handle:
            office = msoffcrypto.OfficeFile(handle)
            office.load_key(password=password)
            office.decrypt(output)
    except InvalidKeyError as exc:
        raise ReaderFailure("password-incorrect", kind="Word") from exc
    except MemoryError:
        raise
    except Exception as exc:  # msoffcrypto raises assorted types on a wrong key or a broken file
        if "password" in str(exc).lower() or "key" in str(exc).lower():
            raise ReaderFailure("password-incorrect", kind="Word") from exc
        raise ReaderFailure("damaged-file", kind="Word") from exc
    if output.tell() > limits.max_file_bytes * 2:
        raise ReaderFailure("zip-bomb")
    output.seek(0)
    return output
