"""One file in, one reply out: sniff the type, run its reader, cap the text.

Used by the worker process. It is also importable in-process, but only by the benchmark
(to measure the libraries' raw speed); the app always goes through ``sandbox``.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from recruitdesk.importing import sniff
from recruitdesk.importing.extract import Extracted, ReaderFailure
from recruitdesk.importing.extract.budget import CpuBudget
from recruitdesk.importing.limits import Limits

KIND_NAMES = {"pdf": "PDF", "docx": "Word (.docx)", "odt": "OpenDocument (.odt)", "rtf": "RTF",
              "text": "text", "markdown": "Markdown", "ole2": "Word (.doc)"}


def extract_file(path: Path, limits: Limits, budget: CpuBudget | None = None) -> dict:
    """The worker's reply for ``path``: ``{"ok": True, kind, media_type, text, notes}`` or a failure.

    ``budget`` (armed by the worker) is narrowed per PDF page; its ``BudgetExceeded`` passes
    through to the worker, which reports ``extraction-too-slow``.
    """
    try:
        return _extract(Path(path), limits, budget)
    except ReaderFailure as failure:
        return {"ok": False, "failure": failure.code, "params": failure.params}
    except MemoryError:
        return {"ok": False, "failure": "extraction-out-of-memory", "params": {"limit_mb": limits.memory_bytes // (1024 * 1024)}}
    except RecursionError:
        return {"ok": False, "failure": "damaged-file", "params": {"kind": "?"}}
    except OSError:
        return {"ok": False, "failure": "file-missing", "params": {}}


def _extract(path: Path, limits: Limits, budget: CpuBudget | None) -> dict:
    info = os.stat(path, follow_symlinks=False)  # the app sends resolved paths: a link now is a swap
    if not stat.S_ISREG(info.st_mode):
        raise ReaderFailure("not-a-regular-file")
    if info.st_size == 0:
        raise ReaderFailure("file-empty")
    if info.st_size > limits.max_file_bytes:
        raise ReaderFailure("file-too-large", size_mb=info.st_size // (1024 * 1024), limit_mb=limits.max_file_bytes // (1024 * 1024))
    with open(path, "rb") as handle:
        head = handle.read(8192)
    kind = sniff.kind_from_content(path, head)
    claimed = sniff.EXTENSIONS.get(path.suffix.lower())
    if kind is None or kind == "zip":
        if claimed:
            raise ReaderFailure("content-does-not-match-name", extension=path.suffix.lower())
        raise ReaderFailure("unsupported-format")
    extracted = _read(kind, path, limits, budget)
    notes = list(extracted.notes)
    if claimed and claimed != kind and {claimed, kind} != {"text", "markdown"}:
        notes.insert(0, ("extension-mismatch", {"extension": path.suffix.lower(), "kind": KIND_NAMES[kind]}))
    text = extracted.text.replace("\x00", "")
    if len(text) > limits.max_text_chars:
        text = text[: limits.max_text_chars]
        notes.append(("text-truncated", {"chars": limits.max_text_chars}))
    return {"ok": True, "kind": kind, "media_type": sniff.MEDIA_TYPES[kind], "text": text,
            "notes": [[code, params] for code, params in notes]}


def _read(kind: str, path: Path, limits: Limits, budget: CpuBudget | None) -> Extracted:
    if kind == "pdf":
        from recruitdesk.importing.extract.pdf import read_pdf

        return read_pdf(path, limits, budget)
    if kind == "docx":
        from recruitdesk.importing.extract.docx import read_docx

        return read_docx(path, limits)
    if kind == "odt":
        from recruitdesk.importing.extract.odt import read_odt

        return read_odt(path, limits)
    if kind == "rtf":
        from recruitdesk.importing.extract.plain import read_rtf

        return read_rtf(path, limits)
    if kind == "ole2":
        return Extracted("", [("encrypted-office" if sniff.is_encrypted_office(path) else "legacy-word", {})])
    from recruitdesk.importing.extract.plain import read_text

    return read_text(path, limits)
