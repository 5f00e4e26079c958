"""One file in, one reply out: sniff the type, run its reader, cap the text.

Used by the worker process. It is also importable in-process, but only by the benchmark
(to measure the libraries' raw speed); the app always goes through ``sandbox``.

A file of a type RecruitDesk recognises but does not read (a spreadsheet renamed to .pdf, a
program) fails with ``wrong-type`` naming its real type, before any reader sees it. An e-mail's
reply also carries its CV-like attachments, each read like a file of its own (nested mails and
zips are opened up to ``MAX_DEPTH`` levels), with their bytes, so the parent can store them.
"""

from __future__ import annotations

import base64
import os
import stat
import tempfile
import zipfile
from pathlib import Path

from recruitdesk.importing import sniff
from recruitdesk.importing.extract import Extracted, ReaderFailure
from recruitdesk.importing.extract.budget import CpuBudget
from recruitdesk.importing.limits import MB, Limits

KIND_NAMES = {"pdf": "PDF", "docx": "Word (.docx)", "odt": "OpenDocument (.odt)", "rtf": "RTF",
              "text": "text", "markdown": "Markdown", "doc": "Word 97-2003 (.doc)", "eml": "e-mail (.eml)",
              "msg": "Outlook (.msg)", "png": "PNG", "jpeg": "JPEG", "tiff": "TIFF", "bmp": "BMP", "webp": "WebP"}
MAX_DEPTH = 3  # a mail in a zip in a mail, no deeper
MAX_ATTACHMENTS = 30
SMALL_PICTURE_BYTES = 20 * 1024  # smaller pictures in a mail are logos and icons, not scans
ATTACHED_TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")


def extract_file(path: Path, limits: Limits, budget: CpuBudget | None = None, password: str | None = None) -> dict:
    """The worker's reply for ``path``: ``{"ok": True, kind, media_type, text, notes}`` or a failure.

    ``budget`` (armed by the worker) is narrowed per PDF page (and widened per OCR page); its
    ``BudgetExceeded`` passes through to the worker, which reports ``extraction-too-slow``.
    ``password`` opens a password-protected PDF, DOCX or DOC.
    """
    try:
        return _extract(Path(path), limits, password, depth=0, budget=budget)
    except ReaderFailure as failure:
        return {"ok": False, "failure": failure.code, "params": failure.params}
    except MemoryError:
        return {"ok": False, "failure": "extraction-out-of-memory", "params": {"limit_mb": limits.memory_bytes // MB}}
    except RecursionError:
        return {"ok": False, "failure": "damaged-file", "params": {"kind": "?"}}
    except OSError:
        return {"ok": False, "failure": "file-missing", "params": {}}


def _extract(path: Path, limits: Limits, password: str | None, depth: int, budget: CpuBudget | None = None) -> dict:
    info = os.stat(path, follow_symlinks=False)  # the app sends resolved paths: a link now is a swap
    if not stat.S_ISREG(info.st_mode):
        raise ReaderFailure("not-a-regular-file")
    if info.st_size == 0:
        raise ReaderFailure("file-empty")
    if info.st_size > limits.max_file_bytes:
        raise ReaderFailure("file-too-large", size_mb=info.st_size // MB, limit_mb=limits.max_file_bytes // MB)
    with open(path, "rb") as handle:
        head = handle.read(8192)
    kind = sniff.kind_from_content(path, head)
    claimed = sniff.EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        if claimed:
            raise ReaderFailure("content-does-not-match-name", extension=path.suffix.lower())
        raise ReaderFailure("unsupported-format")
    if kind == "ole2-damaged":
        raise ReaderFailure("damaged-file", kind=KIND_NAMES.get(claimed or "", "Office"))
    if kind == "encrypted-ooxml":
        from recruitdesk.importing.extract.docx import read_docx
        from recruitdesk.importing.extract.office_crypto import decrypt

        kind, extracted = "docx", read_docx(decrypt(path, password, limits), limits)
    elif kind not in sniff.READABLE:
        raise ReaderFailure("wrong-type", real_type=kind, extension=path.suffix.lower())
    elif kind in sniff.MAILS:
        return _mail_reply(kind, path, limits, depth, budget)
    else:
        extracted = _read(kind, path, limits, password, budget)
    notes = list(extracted.notes)
    if claimed and claimed != kind and {claimed, kind} != {"text", "markdown"}:
        notes.insert(0, ("extension-mismatch", {"extension": path.suffix.lower(), "kind": KIND_NAMES[kind]}))
    text, capped = _capped(extracted.text, limits)
    notes += capped
    return {"ok": True, "kind": kind, "media_type": sniff.MEDIA_TYPES[kind], "text": text,
            "notes": [[code, params] for code, params in notes]}


def _capped(text: str, limits: Limits) -> tuple[str, list[tuple[str, dict]]]:
    text = text.replace("\x00", "")
    if len(text) > limits.max_text_chars:
        return text[: limits.max_text_chars], [("text-truncated", {"chars": limits.max_text_chars})]
    return text, []


def _read(kind: str, path: Path, limits: Limits, password: str | None, budget: CpuBudget | None = None) -> Extracted:
    if kind == "pdf":
        from recruitdesk.importing.extract.pdf import read_pdf

        extracted = read_pdf(path, limits, budget, password)
        if any(code == "no-text-layer" for code, _ in extracted.notes):
            from recruitdesk.importing.extract.ocr import ocr_pdf

            return ocr_pdf(path, limits, password, budget)
        return extracted
    if kind in sniff.IMAGES:
        from recruitdesk.importing.extract.ocr import ocr_image

        return ocr_image(path, limits, budget)
    if kind == "docx":
        from recruitdesk.importing.extract.docx import read_docx

        return read_docx(path, limits)
    if kind == "odt":
        from recruitdesk.importing.extract.odt import read_odt

        return read_odt(path, limits)
    if kind == "rtf":
        from recruitdesk.importing.extract.plain import read_rtf

        return read_rtf(path, limits)
    if kind == "doc":
        from recruitdesk.importing.extract.legacy_word import read_doc

        return read_doc(path, limits, password)
    from recruitdesk.importing.extract.plain import read_text

    return read_text(path, limits)


# --- e-mail ----------------------------------------------------------------------------------
def _mail_reply(kind: str, path: Path, limits: Limits, depth: int, budget: CpuBudget | None = None) -> dict:
    from recruitdesk.importing.extract.mail import read_eml, read_msg

    mail = (read_eml if kind == "eml" else read_msg)(path, limits.max_file_bytes)
    documents: list[dict] = []
    skipped: list[dict] = []
    senders: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="recruitdesk-mail-") as folder:
        _collect(mail.attachments, Path(folder), limits, depth, documents, skipped, senders, budget)
    text, capped = _capped(mail.text(), limits)
    return {"ok": True, "kind": kind, "media_type": sniff.MEDIA_TYPES[kind], "text": text,
            "notes": [[code, params] for code, params in capped],
            "mail": mail.header_json(),
            # A forwarded mail (attached to the outer one) is the candidate's if all CVs came from it.
            "forwarded": senders[:1] if documents and all(document.get("nested") for document in documents) else [],
            "record": base64.b64encode(mail.record).decode("ascii"),
            "documents": documents, "skipped": skipped}


def _collect(attachments, folder: Path, limits: Limits, depth: int, documents: list[dict], skipped: list[dict],
             senders: list[dict], budget: CpuBudget | None = None) -> None:
    """Read each attachment into ``documents`` or list it in ``skipped`` with the reason code."""
    for number, attachment in enumerate(attachments):
        if len(documents) + len(skipped) >= MAX_ATTACHMENTS:
            skipped.append({"file": attachment.name, "reason": "too-many"})
            continue
        if len(attachment.data) > limits.max_file_bytes:
            skipped.append({"file": attachment.name, "reason": "file-too-large"})
            continue
        if not attachment.data:
            continue
        suffix = Path(attachment.name).suffix.lower()[:12]
        target = folder / f"{depth}-{number}-{len(documents)}{suffix}"
        target.write_bytes(attachment.data)
        try:
            kind = sniff.kind_from_content(target, attachment.data[:8192])
            if kind in sniff.IMAGES and (attachment.inline or len(attachment.data) < SMALL_PICTURE_BYTES):
                continue  # a logo or an icon in a signature
            if kind in ("text", "markdown") and suffix not in ATTACHED_TEXT_SUFFIXES:
                skipped.append({"file": attachment.name, "reason": "unsupported-format"})
                continue
            if kind in sniff.MAILS or kind == "zip":
                if depth + 1 >= MAX_DEPTH:
                    skipped.append({"file": attachment.name, "reason": "too-deep"})
                    continue
                if kind == "zip":
                    before = len(documents) + len(skipped)
                    _collect(_zip_members(target, limits), folder, limits, depth + 1, documents, skipped, senders, budget)
                    if len(documents) + len(skipped) == before:
                        skipped.append({"file": attachment.name, "reason": "empty-archive"})
                    continue
                from recruitdesk.importing.extract.mail import read_eml, read_msg

                inner = (read_eml if kind == "eml" else read_msg)(target, limits.max_file_bytes)
                before = len(documents)
                _collect(inner.attachments, folder, limits, depth + 1, documents, skipped, senders, budget)
                for document in documents[before:]:
                    document["nested"] = True
                if len(documents) > before and inner.from_address:
                    senders.append(inner.header_json())
                continue
            reply = _extract(target, limits, None, depth + 1, budget)
        except ReaderFailure as failure:
            skipped.append({"file": attachment.name, "reason": failure.code, "params": failure.params})
            continue
        finally:
            target.unlink(missing_ok=True)
        reply["file"] = attachment.name
        reply["content"] = base64.b64encode(attachment.data).decode("ascii")
        documents.append(reply)


def _zip_members(path: Path, limits: Limits):
    from recruitdesk.importing.extract.mail import Attachment
    from recruitdesk.importing.extract.zipguard import check_archive

    check_archive(path, limits, "zip")
    try:
        with zipfile.ZipFile(path) as archive:
            members = [member for member in archive.infolist()
                       if not member.is_dir() and not Path(member.filename).name.startswith((".", "~$"))
                       and "__MACOSX" not in member.filename]
            for member in members[:MAX_ATTACHMENTS]:
                if member.file_size > limits.max_file_bytes:
                    continue
                yield Attachment(Path(member.filename).name, archive.read(member))
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise ReaderFailure("damaged-file", kind="zip") from exc
