"""Writing an export's files as a private folder or a (optionally AES-encrypted) zip.

Files and folders are created owner-only from the first byte (``os.open`` with mode 0600,
folders 0700), never created readable and tightened later. Nothing is overwritten: an existing
destination is refused. A failed or cancelled export removes what it wrote, so a half export
with personal data is never left behind.

Password-protected zips use WinZip AES-256 (pyzipper): the legacy ZipCrypto that most tools
offer is broken. Windows Explorer cannot open AES zips; 7-Zip, WinZip, Keka (macOS) and ``7z``
(Linux) can, which the export's warning tells the user.
"""

from __future__ import annotations

import errno
import os
import shutil
import zipfile
from pathlib import Path
from typing import Callable, Mapping

from recruitdesk.errors import RecruitDeskError
from recruitdesk.i18n import N_
from recruitdesk.os_errors import describe_errno, describe_os_error
from recruitdesk.vault import files

MIN_PASSWORD_LENGTH = 8
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportError(RecruitDeskError):
    exit_code = 1


class ExportDestinationExists(ExportError):
    code = "export-destination-exists"
    exit_code = 2
    template = N_("errors", "{path} already exists; nothing was overwritten. Choose another folder or remove it first.")


class ExportWriteFailed(ExportError):
    code = "export-write-failed"
    template = N_("errors", "The export could not be written to {folder} ({reason}). Nothing was left behind.")


class ExportCancelled(ExportError):
    code = "export-cancelled"
    template = N_("errors", "The export was cancelled; nothing was left behind.")


class ExportPasswordTooShort(ExportError):
    code = "export-password-too-short"
    exit_code = 2
    template = N_("errors", "The export password must be at least {length} characters long.")


def check_password(password: str | None) -> None:
    if password is not None and len(password) < MIN_PASSWORD_LENGTH:
        raise ExportPasswordTooShort(length=MIN_PASSWORD_LENGTH)


def write_new_private_file(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), files.PRIVATE_FILE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def write_export_file(data: bytes, target: Path) -> Path:
    """Write ``data`` to ``target``, a new owner-only file (a workbook the user chose to save): its folder made
    if missing, an existing file refused, a failure said with the folder and the reason."""
    target = Path(target)
    prepare_folder(target.parent)
    try:
        write_new_private_file(target, data)
    except FileExistsError:
        raise ExportDestinationExists(path=str(target)) from None
    except OSError as exc:
        raise ExportWriteFailed(folder=str(target.parent), reason=os_reason(exc)) from exc
    files.make_private(target)
    return target


def os_reason(exc: OSError) -> str:
    return describe_os_error(exc)


def _step(progress: Progress | None, cancelled: Cancelled | None, done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled()
    if progress is not None:
        progress(done, total)


def prepare_folder(folder: Path) -> None:
    """Create the destination folder (owner-only) if it does not exist yet."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=files.PRIVATE_DIR)
    except OSError as exc:
        raise ExportWriteFailed(folder=str(folder), reason=os_reason(exc)) from exc
    if not folder.is_dir():
        raise ExportWriteFailed(folder=str(folder), reason=describe_errno(errno.ENOTDIR))


def write_folder(target: Path, contents: Mapping[str, bytes], progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> Path:
    """Write ``contents`` (relative path -> bytes) under the new folder ``target``."""
    if target.exists():
        raise ExportDestinationExists(path=str(target))
    try:
        target.mkdir(mode=files.PRIVATE_DIR)
    except FileExistsError:
        raise ExportDestinationExists(path=str(target)) from None
    except OSError as exc:
        raise ExportWriteFailed(folder=str(target.parent), reason=os_reason(exc)) from exc
    try:
        files.make_private(target)
        for done, (name, data) in enumerate(contents.items()):
            _step(progress, cancelled, done, len(contents))
            path = target.joinpath(*name.split("/"))
            if not path.parent.exists():
                path.parent.mkdir(parents=True, mode=files.PRIVATE_DIR)
                files.make_private(path.parent)
            write_new_private_file(path, data)
        _step(progress, None, len(contents), len(contents))
    except OSError as exc:
        shutil.rmtree(target, ignore_errors=True)
        raise ExportWriteFailed(folder=str(target.parent), reason=os_reason(exc)) from exc
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return target


def write_zip(target: Path, root: str, contents: Mapping[str, bytes], password: str | None = None,
              progress: Progress | None = None, cancelled: Cancelled | None = None,
              stamp: tuple[int, int, int, int, int, int] = (1980, 1, 1, 0, 0, 0)) -> Path:
    """Write ``contents`` into the new zip ``target``, under the folder ``root`` inside it."""
    check_password(password)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), files.PRIVATE_FILE)
    except FileExistsError:
        raise ExportDestinationExists(path=str(target)) from None
    except OSError as exc:
        raise ExportWriteFailed(folder=str(target.parent), reason=os_reason(exc)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            if password is not None:
                import pyzipper

                archive = pyzipper.AESZipFile(handle, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES)
                archive.setpassword(password.encode("utf-8"))
                archive.setencryption(pyzipper.WZ_AES, nbits=256)
            else:
                archive = zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED)
            info_class = getattr(archive, "zipinfo_cls", zipfile.ZipInfo)  # pyzipper needs its own
            with archive:
                for done, (name, data) in enumerate(contents.items()):
                    _step(progress, cancelled, done, len(contents))
                    info = info_class(f"{root}/{name}", date_time=stamp)
                    info.compress_type = zipfile.ZIP_DEFLATED
                    info.external_attr = (0o600 << 16)
                    archive.writestr(info, data)
        _step(progress, None, len(contents), len(contents))
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise ExportWriteFailed(folder=str(target.parent), reason=os_reason(exc)) from exc
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target
