"""CV import, the one API the GUI and the CLI call.

``preview(paths)`` reads and analyses files without writing anything, so the recruiter can
check and correct the detected fields; ``import_files(vault, previews_or_paths)`` stores them.
Each file is committed in its own transaction (candidate, document, retention countdown), so
a crash or a kill in the middle of a batch leaves every earlier file complete and nothing
half-written. A failure in one file never stops the batch: it is returned with its reason.

Both functions take ``progress(done, total, item)`` and a ``threading.Event`` to cancel, so the
GUI can run them on a worker thread. Results carry personal data: show them, never log them.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from recruitdesk import audit, errors, logs
from recruitdesk.dates import long_date
from recruitdesk.i18n import N_, translate
from recruitdesk.importing import failures
from recruitdesk.importing.duplicates import (
    Match, NameIndex, content_hash, find_matches, identifier_hashes, is_suppressed, remember_identifiers,
)
from recruitdesk.importing.failures import ImportFailure
from recruitdesk.identifiers import DEFAULT_REGIONS, firm_regions, parse_phone
from recruitdesk.importing.fields import Fields, detect_fields
from recruitdesk.importing.limits import Limits
from recruitdesk.importing.mail_sender import MailSender, candidate_address, sender_from
from recruitdesk.importing.naming import name_from_filename, storable_name
from recruitdesk.importing.notices import Notice
from recruitdesk.importing.sandbox import Sandbox
from recruitdesk.importing.sandbox_pool import SandboxPool, worker_count
from recruitdesk.importing.redaction import spans_to_redact, text_pdf
from recruitdesk.importing.sensitive import Findings, find_sensitive, redact as redact_text
from recruitdesk.importing.sources import Skipped, gather, read_regular_file, skip_reason
from recruitdesk.services.applications import apply_in, open_vacancy
from recruitdesk.services.candidates import new_candidate
from recruitdesk.services.documents import attach_document
from recruitdesk.services.countdown import load_candidate, recompute
from recruitdesk.store import search_index
from recruitdesk.store.models import Candidate
from recruitdesk.vault.vault import Vault

ON_DUPLICATE = ("skip", "attach", "merge", "create")
LOW_CONFIDENCE = 0.5

Progress = Callable[[int, int, object], None]


@dataclass
class AttachedDocument:
    """One CV-like attachment of an e-mail, as read by the worker: stored as a document."""

    file: str
    kind: str
    media_type: str
    content: bytes = field(repr=False)
    text: str = field(default="", repr=False)
    notes: list[Notice] = field(default_factory=list)


@dataclass
class FilePreview:
    """One file as read and analysed; the editable values start as the detected ones."""

    path: Path
    file: str
    kind: str | None = None
    media_type: str | None = None
    text: str = field(default="", repr=False)
    fields: Fields = field(default_factory=Fields, repr=False)
    findings: Findings = field(default_factory=Findings, repr=False)
    file_notices: list[Notice] = field(default_factory=list)
    failure: ImportFailure | None = None
    matches: list[Match] = field(default_factory=list, repr=False)
    suppressed: bool = False
    # What will be stored; the GUI lets the recruiter change these.
    name: str | None = field(default=None, repr=False)
    email: str | None = field(default=None, repr=False)
    phone: str | None = field(default=None, repr=False)
    city: str | None = field(default=None, repr=False)
    linkedin: str | None = field(default=None, repr=False)
    redact: bool = False
    password: str | None = field(default=None, repr=False)  # for a password-protected file
    # An e-mail: its CV-like attachments, what was skipped and why, its sender and date.
    documents: list[AttachedDocument] = field(default_factory=list, repr=False)
    skipped: list[dict] = field(default_factory=list, repr=False)
    sender: MailSender | None = field(default=None, repr=False)
    record: bytes | None = field(default=None, repr=False)  # the mail without its attachments
    record_text: str = field(default="", repr=False)  # the mail's headers and body, searchable
    applied_on: dt.date | None = None  # offered in the preview: the mail's date
    redact_special: bool = False  # with ``redact``: also the words of the special categories found
    regions: tuple[str, ...] = field(default=DEFAULT_REGIONS, repr=False)  # the firm's country first
    _stamp: tuple[int, int] | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.failure is None

    @property
    def notices(self) -> list[Notice]:
        """Everything the recruiter should look at, most important first."""
        result = [Notice("suppressed")] if self.suppressed else []
        result += [match.notice() for match in self.matches]
        result += self.file_notices + self.fields.notices + self.findings.notices(self.fields.birth_date.value)
        for name in ("name", "email", "phone"):
            detected = getattr(self.fields, name)
            if detected.value and detected.value == getattr(self, name) and detected.confidence < LOW_CONFIDENCE:
                result.append(Notice("low-confidence", {"field": name}))
        return result

    @property
    def warnings(self) -> list[str]:
        return [notice.message() for notice in self.notices]


@dataclass
class ImportResult:
    path: Path
    file: str
    status: str  # imported, duplicate, failed, cancelled, skipped (found but left out, see importing.sources)
    candidate_id: int | None = None
    name: str | None = field(default=None, repr=False)
    email: str | None = field(default=None, repr=False)
    phone: str | None = field(default=None, repr=False)
    action: str | None = None  # created, attached, skipped
    notices: list[Notice] = field(default_factory=list, repr=False)
    failure: ImportFailure | None = None
    preview: FilePreview | None = field(default=None, repr=False)

    @property
    def retryable(self) -> bool:
        return self.failure is not None and self.failure.retryable

    @property
    def warnings(self) -> list[str]:
        return [notice.message() for notice in self.notices]

    def to_json(self) -> dict[str, object]:
        fields = self.preview.fields if self.preview is not None else Fields()
        return {
            "file": str(self.path),
            "status": self.status,
            "action": self.action,
            "candidate_id": self.candidate_id,
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "linkedin": self.preview.linkedin if self.preview else None,
            "city": self.preview.city if self.preview else None,
            "language": fields.language.value,
            "confidence": {name: getattr(fields, name).confidence for name in ("name", "email", "phone")},
            "warnings": self.warnings,
            "warning_codes": [notice.code for notice in self.notices],
            "error": self.failure.message() if self.failure else None,
            "error_code": self.failure.code if self.failure else None,
            "retryable": self.retryable,
        }


# --- preview ---------------------------------------------------------------------------------
def preview(
    paths: Iterable[str | os.PathLike[str]],
    vault: Vault | None = None,
    limits: Limits | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    passwords: dict[str, str] | None = None,
    regions: tuple[str, ...] | None = None,
) -> list[FilePreview]:
    """Read and analyse every file (folders recurse); no writes. With ``vault``, also duplicates.

    ``regions``: where phone numbers without a country code are read (the firm's country first); by
    default the vault's firm's (a team passes its own, ``team.cv_import.phone_regions``).
    ``passwords`` maps a file's path (as given or found) to the password that opens it, after a
    preview failed with ``failure.needs_password``."""
    files = gather(paths)
    passwords = {str(Path(key)): value for key, value in (passwords or {}).items()}
    previews: list[FilePreview] = []
    if regions is None:
        regions = phone_regions(vault) if vault is not None else DEFAULT_REGIONS
    to_read = [(index, path, passwords.get(str(path))) for index, path in enumerate(files) if not isinstance(path, Skipped)]
    with SandboxPool(limits, worker_count(len(to_read))) as pool:
        ahead = _ReadAhead(pool, to_read, cancel, regions)
        for index, path in enumerate(files):
            read = ahead.take(index)
            if isinstance(path, Skipped):
                item = FilePreview(path.path, path.file, failure=path.failure)
            else:
                assert read is not None  # every readable file was handed to the pool
                item = read
            previews.append(item)
            if progress is not None:
                progress(index + 1, len(files), item)
    if vault is not None:
        check_duplicates(vault, previews)
    _mark_batch_duplicates(previews)
    return previews


def phone_regions(vault: Vault) -> tuple[str, ...]:
    """Where numbers without a country code are read: the firm's country first."""
    with vault.session() as session:
        return firm_regions(session)


def phone_as_stored(item: FilePreview, printed: str) -> str:
    """A phone number the recruiter typed in the preview, as it will be stored and matched
    (E.164 when valid in the firm's country or the other one; otherwise as typed)."""
    normalised, valid = parse_phone(printed, item.regions)
    return normalised if valid and normalised else printed


def _analysis(path: Path, cancel: threading.Event | None, password: str | None,
              regions: tuple[str, ...]) -> Callable[[Sandbox], "FilePreview"]:
    """The work of reading one file, for a pool worker; a cancelled batch reads nothing more."""
    def work(sandbox: Sandbox) -> FilePreview:
        if cancel is not None and cancel.is_set():
            return FilePreview(path, path.name, failure=failures.ImportCancelled(file=path.name))
        return _analyse(sandbox, path, cancel, password, regions)
    return work


def _analyse(sandbox: Sandbox, path: Path, cancel: threading.Event | None, password: str | None = None,
             regions: tuple[str, ...] = DEFAULT_REGIONS) -> FilePreview:
    item = FilePreview(path, path.name, password=password, regions=regions)
    item.failure = skip_reason(path)  # again at reading time: the listing may be old
    if item.failure is not None:
        return item
    try:
        stat = path.stat()
        item._stamp = (stat.st_size, stat.st_mtime_ns)
    except OSError:
        pass
    try:
        extraction = sandbox.extract(path, cancel, password)
    except ImportFailure as failure:
        item.failure = failure
        return item
    item.kind, item.media_type, item.text = extraction.kind, extraction.media_type, extraction.text
    item.file_notices = list(extraction.notes)
    if extraction.details.get("mail") is not None:
        return _analyse_mail(item, extraction.details)
    _detect(item, extraction.text)
    if not item.name:
        item.name = name_from_filename(path)
        if item.name:
            item.file_notices.append(Notice("name-from-filename"))
    return item


def _detect(item: FilePreview, text: str) -> None:
    item.fields = detect_fields(text, item.regions)
    item.findings = find_sensitive(text)
    detected = item.fields
    item.name = detected.name.value
    item.email, item.phone = detected.email.value, detected.phone.value
    item.city, item.linkedin = detected.city.value, detected.linkedin.value


def _analyse_mail(item: FilePreview, details: dict) -> FilePreview:
    """An e-mail: its attachments are the candidate's documents; the CV's fields come first,
    then the sender's (unless it is a job board), and the mail's date is the application date."""
    item.record = base64.b64decode(details.get("record") or "")
    item.skipped = list(details.get("skipped") or [])
    for reply in details.get("documents") or []:
        item.documents.append(AttachedDocument(
            str(reply.get("file") or "attachment"), str(reply["kind"]), str(reply["media_type"]),
            base64.b64decode(reply.get("content") or ""), str(reply.get("text") or ""),
            [Notice(str(code), dict(params)) for code, params in reply.get("notes") or []],
        ))
    if not item.documents:
        reason = "unreadable" if item.skipped else "none"
        if any(entry.get("reason") == "file-too-large" for entry in item.skipped):
            reason = "too-large"
        elif any(entry.get("reason") == "too-deep" for entry in item.skipped):
            reason = "too-deep"
        item.failure = failures.NoUsableAttachment(file=item.file, reason=reason)
        return item
    forwarded = details.get("forwarded") or []
    item.sender = sender_from(forwarded[0] if forwarded else details["mail"])
    item.applied_on = item.sender.date
    primary = primary_document(item)
    item.record_text, item.text = item.text, primary.text
    _detect(item, primary.text)
    item.file_notices = [notice for document in item.documents for notice in document.notes]
    if not item.name and item.sender.name:
        item.name = item.sender.name
        item.file_notices.append(Notice("name-from-sender"))
    if not item.email:
        item.email = candidate_address(item.sender)
        if item.email:
            item.file_notices.append(Notice("email-from-sender"))
    if not item.name:
        item.name = name_from_filename(Path(primary.file))
        if item.name:
            item.file_notices.append(Notice("name-from-filename"))
    return item


CV_WORDS = ("cv", "resume", "résumé", "curriculum", "levensloop")
LETTER_WORDS = ("motivat", "lettre", "letter", "brief", "sollicitatie")


def primary_document(item: FilePreview) -> AttachedDocument:
    return max(item.documents, key=_cv_likeness)


def _cv_likeness(document: AttachedDocument) -> tuple[int, int]:
    """The attachment most likely to be the CV: named like one, not like a cover letter, then the longest."""
    name = document.file.lower()
    score = 2 if any(word in name for word in CV_WORDS) else 0
    score -= 1 if any(word in name for word in LETTER_WORDS) else 0
    return score, len(document.text)


def check_duplicates(vault: Vault, previews: Sequence[FilePreview]) -> None:
    """Fill ``matches`` and ``suppressed`` for each readable preview (reads only)."""
    with vault.read_session() as session:
        names = NameIndex.load(session)
        for item in previews:
            if not item.ok:
                continue
            content = _content(item, Limits().max_file_bytes)
            item.matches = find_matches(session, vault.candidate_keys, item.name, item.email, item.phone, content, names,
                                        item.findings.national_numbers)
            hashes = identifier_hashes(session, vault.candidate_keys, item.email, item.phone, item.findings.national_numbers, item.regions)
            item.suppressed = is_suppressed(session, hashes)


def _mark_batch_duplicates(previews: Sequence[FilePreview]) -> None:
    seen: dict[str, str] = {}
    for item in previews:
        if not item.ok:
            continue
        for key in filter(None, (item.email and "e:" + item.email.lower(), item.phone and "p:" + item.phone)):
            if key in seen and seen[key] != item.file:
                item.file_notices.append(Notice("duplicate-in-batch", {"other": seen[key]}))
                break
        for key in filter(None, (item.email and "e:" + item.email.lower(), item.phone and "p:" + item.phone)):
            seen.setdefault(key, item.file)


# --- import ----------------------------------------------------------------------------------
def import_files(
    vault: Vault,
    items: Iterable[FilePreview | str | os.PathLike[str]],
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    on_duplicate: str = "skip",
    redact: bool = False,
    limits: Limits | None = None,
    attach_to: int | None = None,
    redact_special: bool = False,
    vacancy_id: int | None = None,
) -> list[ImportResult]:
    """Import each file in its own transaction; returns one result per file, in order.

    ``vacancy_id``: every imported (or attached) candidate applies for this vacancy, in the same
    transaction as the file, applied on the preview's date (the mail's date, when the recruiter
    kept it) or today. The vacancy must be open or on hold, checked before any file is read.

    ``attach_to``: add every file to this existing candidate (a CV dropped on a candidate)
    instead of creating candidates; an identical file already stored for them is skipped.

    ``on_duplicate``: ``skip`` (default: report the existing candidate, store nothing),
    ``attach`` (add the file to the existing candidate) or ``create`` (a new candidate anyway).
    ``redact`` (for paths; a preview carries its own choice) removes national numbers and IBANs,
    and with ``redact_special`` the special-category words found, from everything the vault
    keeps: the stored text, the search index and the document, which is replaced by a redacted
    rendition (see ``importing.redaction``). The original file is then never stored.
    """
    if on_duplicate not in ON_DUPLICATE:
        raise ValueError(on_duplicate)
    limits = limits or Limits()
    queue: list[FilePreview | Path | Skipped] = []
    for item in items:
        queue.extend([item] if isinstance(item, FilePreview) else gather([item]))
    results: list[ImportResult] = []
    with vault.read_session() as session:
        names = NameIndex.load(session)
        regions = firm_regions(session)
        if vacancy_id is not None:
            open_vacancy(session, vacancy_id)
    to_read: list[tuple[int, Path, str | None]] = []
    for index, entry in enumerate(queue):
        if isinstance(entry, FilePreview) and _needs_reading(entry):
            to_read.append((index, entry.path, entry.password))
        elif isinstance(entry, Path):
            to_read.append((index, entry, None))
    with Sandbox(limits) as sandbox, SandboxPool(limits, worker_count(len(to_read))) as pool:
        ahead = _ReadAhead(pool, to_read, cancel, regions)
        for index, entry in enumerate(queue):
            path = entry.path if isinstance(entry, (FilePreview, Skipped)) else entry
            read = ahead.take(index)
            if isinstance(entry, Skipped):
                status = "skipped" if isinstance(entry.failure, failures.NotImported) else "failed"  # e.g. a broken link
                result = ImportResult(path, entry.file, status, failure=entry.failure)
            elif cancel is not None and cancel.is_set():
                result = ImportResult(path, path.name, "cancelled", failure=failures.ImportCancelled(file=path.name))
            else:
                result = _import_one(vault, sandbox, entry, names, on_duplicate, (redact, redact_special), limits, cancel,
                                     attach_to, regions, vacancy_id, read)
            results.append(result)
            if progress is not None:
                progress(index + 1, len(queue), result)
    if any(result.status == "imported" for result in results):
        with vault.session() as session, session.begin():
            search_index.merge_some(session)  # keep the index from fragmenting (erasure cost)
        vault.checkpoint()  # one transaction per file; leave no large WAL behind
    return results


class _ReadAhead:
    """Files are read by the pool's workers a few files ahead of the one being analysed or
    stored, so reading and writing overlap; at most two files per worker wait in memory, and a
    cancel stops the reading within those few files."""

    def __init__(self, pool: SandboxPool, to_read: list[tuple[int, Path, str | None]], cancel: threading.Event | None,
                 regions: tuple[str, ...]) -> None:
        self._pool, self._cancel, self._regions = pool, cancel, regions
        self._next = iter(to_read)
        self._waiting: dict[int, Future[FilePreview]] = {}

    def take(self, index: int) -> "FilePreview | None":
        """The reading of file ``index`` if it was to be read (waits for it), else None."""
        while len(self._waiting) < 2 * self._pool.size:
            upcoming = next(self._next, None)
            if upcoming is None:
                break
            position, path, password = upcoming
            self._waiting[position] = self._pool.submit(_analysis(path, self._cancel, password, self._regions))
        future = self._waiting.pop(index, None)
        return future.result() if future is not None else None


def _needs_reading(entry: "FilePreview | Path | Skipped") -> bool:
    if isinstance(entry, Skipped):
        return False
    return not isinstance(entry, FilePreview) or not entry.ok or _changed(entry)


def _import_one(vault, sandbox, item, names, on_duplicate, redact, limits, cancel, attach_to=None,
                regions: tuple[str, ...] = DEFAULT_REGIONS, vacancy_id: int | None = None,
                read: "FilePreview | None" = None) -> ImportResult:
    if read is not None or not isinstance(item, FilePreview) or not item.ok or _changed(item):
        path = item.path if isinstance(item, FilePreview) else item
        fresh = read or _analyse(sandbox, path, cancel, item.password if isinstance(item, FilePreview) else None, regions)
        if isinstance(item, FilePreview) and item.ok and fresh.ok:
            fresh.redact, fresh.redact_special = item.redact, item.redact_special
            fresh.applied_on = item.applied_on
        if not isinstance(item, FilePreview):
            fresh.redact, fresh.redact_special = redact
        item = fresh
    if not item.ok:
        status = "cancelled" if isinstance(item.failure, failures.ImportCancelled) else "failed"
        if isinstance(item.failure, failures.NotImported):
            status = "skipped"
        return ImportResult(item.path, item.file, status, failure=item.failure, preview=item)
    content = _content(item, limits.max_file_bytes)
    if content is None:
        return ImportResult(item.path, item.file, "failed", failure=failures.FileMissing(file=item.file), preview=item)
    try:
        stored = stored_form(sandbox, vault.clock, item, content, cancel)
        if attach_to is not None:
            return _attach(vault, item, stored, attach_to, vacancy_id)
        return _store(vault, item, stored, names, on_duplicate, vacancy_id)
    except errors.RecruitDeskError:
        raise
    except Exception as exc:  # one file's write failing must not stop the batch
        logs.log_unexpected(exc)
        return ImportResult(item.path, item.file, "failed", failure=failures.ImportWriteFailed(file=item.file), preview=item)


def _store(vault: Vault, item: FilePreview, stored: "StoredForm", names: NameIndex, on_duplicate: str,
           vacancy_id: int | None = None) -> ImportResult:
    keys, clock = vault.candidate_keys, vault.clock
    content = stored.original
    with vault.session() as session, session.begin():
        item.matches = find_matches(session, keys, item.name, item.email, item.phone, content, names, item.findings.national_numbers)
        item.suppressed = is_suppressed(session, identifier_hashes(session, keys, item.email, item.phone, item.findings.national_numbers, item.regions))
        strong = [match for match in item.matches if match.strong]
        notices = item.notices + ([Notice("redacted")] if stored.redacted else [])
        if strong and on_duplicate != "create":
            existing = load_candidate(session, strong[0].candidate_id)  # raises if erased meanwhile
            result = ImportResult(item.path, item.file, "duplicate", existing.id, existing.full_name, existing.email,
                                  existing.phone, "skipped", notices, preview=item)
            if on_duplicate in ("attach", "merge") and not any(match.kind == "content" for match in strong):
                _store_documents(session, keys, clock, existing, item, stored)
                remember_identifiers(session, keys, existing.id, item.findings.national_numbers)
                result.action = "attached"
                if on_duplicate == "merge" and _fill_missing(existing, item):
                    result.action = "merged"
                _apply_to_vacancy(session, clock, existing, vacancy_id, item.applied_on or clock.today())
            return result
        name = item.name
        if not name:
            name = translate("import", "Unnamed ({file})").format(file=item.file)[:200]
            notices.append(Notice("name-missing", {"name": name}))
        candidate = new_candidate(session, keys, clock, name[:200], email=item.email, phone=(item.phone or None) and item.phone[:40],
                                  city=(item.city or None) and item.city[:120], applied_on=item.applied_on or clock.today(), source="application")
        candidate.linkedin_url = item.linkedin[:300] if item.linkedin else None
        _store_documents(session, keys, clock, candidate, item, stored)
        remember_identifiers(session, keys, candidate.id, item.findings.national_numbers)
        audit.record(session, clock, "candidate.imported", candidate_uid=candidate.uid, kind=item.kind,
                     notes=[notice.code for notice in item.file_notices])
        session.flush()
        _apply_to_vacancy(session, clock, candidate, vacancy_id, candidate.applied_on or clock.today())
        names.add(candidate.id, candidate.full_name, candidate.email, candidate.phone)
        return ImportResult(item.path, item.file, "imported", candidate.id, candidate.full_name, candidate.email,
                            candidate.phone, "created", notices, preview=item)


def _media_type(item: FilePreview) -> str:
    """Every readable file has a sniffed type; a generic one if a caller built a preview by hand."""
    return item.media_type or "application/octet-stream"


def _apply_to_vacancy(session, clock, candidate: Candidate, vacancy_id: int | None, on: dt.date) -> None:
    """The imported candidate applies for the vacancy the files were dropped on (once)."""
    if vacancy_id is None or any(p.vacancy_id == vacancy_id for p in candidate.procedures):
        return
    apply_in(session, clock, candidate, open_vacancy(session, vacancy_id), on)


def _attach(vault: Vault, item: FilePreview, stored: "StoredForm", candidate_id: int, vacancy_id: int | None = None) -> ImportResult:
    """Add the file to a chosen candidate; a new CV from them counts as contact today."""
    keys, clock = vault.candidate_keys, vault.clock
    with vault.session() as session, session.begin():
        candidate = load_candidate(session, candidate_id)
        notices = item.notices + ([Notice("redacted")] if stored.redacted else [])
        digest = content_hash(keys, stored.original)
        if any(document.content_hash == digest for document in candidate.documents):
            return ImportResult(item.path, item.file, "duplicate", candidate.id, candidate.full_name, candidate.email,
                                candidate.phone, "skipped", notices, preview=item)
        _store_documents(session, keys, clock, candidate, item, stored)
        remember_identifiers(session, keys, candidate.id, item.findings.national_numbers)
        if candidate.last_contact_on is None or candidate.last_contact_on < clock.today():
            candidate.last_contact_on = clock.today()
        session.flush()
        recompute(session, candidate, clock)
        _apply_to_vacancy(session, clock, candidate, vacancy_id, item.applied_on or clock.today())
        return ImportResult(item.path, item.file, "imported", candidate.id, candidate.full_name, candidate.email,
                            candidate.phone, "attached", notices, preview=item)


def _store_documents(session, keys, clock, candidate: Candidate, item: FilePreview, stored: "StoredForm") -> None:
    """The documents ``kept_documents`` says the vault keeps of the file, attached to the candidate;
    a redacted rendition carries the keyed hash of its original, so the same file is recognised again."""
    if not item.documents:
        document = stored.attach(session, keys, clock, candidate)
        document.note = _note(item, stored)
        return
    for kept in kept_documents(item, stored, clock):
        document = attach_document(session, keys, clock, candidate, kept.filename, kept.media_type, kept.content, kept.text,
                                   kind=kept.kind)
        document.note = kept.note
        if kept.redacted and kept.original is not None:
            document.content_hash = content_hash(keys, kept.original)


@dataclass(frozen=True)
class KeptDocument:
    """One document a vault keeps of an imported file: the original, or its redacted rendition."""

    filename: str = field(repr=False)
    media_type: str
    content: bytes = field(repr=False)
    text: str = field(repr=False)
    kind: str = "cv"  # cv, or application for an e-mail itself
    redacted: bool = False
    original: bytes | None = field(default=None, repr=False)  # a redacted file's original, in memory only
    note: str | None = None  # codes only, no personal data


def kept_documents(item: FilePreview, stored: "StoredForm", clock) -> list[KeptDocument]:
    """What a vault (local or team) keeps of one file: the file itself (``stored``: the original or
    its redacted rendition), or for an e-mail each CV-like attachment plus the mail as the
    application record. With redaction, an e-mail's attachments and the mail are kept as their
    redacted text set as a PDF (``importing.redaction.text_pdf``), never as the originals."""
    if not item.documents:
        return [KeptDocument(stored.filename, stored.media_type, stored.content, stored.text, redacted=stored.redacted,
                             original=stored.original if stored.redacted else None, note=_note(item, stored))]
    topics = tuple(item.findings.topics) if item.redact and item.redact_special else ()
    note = translate("import", REDACTED_NOTE).format(date=long_date(clock.today()))
    primary = primary_document(item)
    kept = []
    for attached in item.documents:
        attached_text = stored.text if attached is primary else attached.text
        name, media_type, content, redacted = storable_name(attached.file), attached.media_type, attached.content, False
        original_text = item.text if attached is primary else attached.text
        if item.redact and spans_to_redact(original_text, topics):
            if attached is not primary:
                attached_text = redact_text(attached_text, find_sensitive(attached_text), topics)
            name, media_type, content, redacted = redacted_filename(name), "application/pdf", text_pdf(attached_text, note), True
        codes = (["redacted"] if redacted else []) + [notice.code for notice in attached.notes]
        kept.append(KeptDocument(name, media_type, content, attached_text, redacted=redacted,
                                 original=attached.content if redacted else None, note=",".join(codes)[:200] or None))
    if item.record:
        name = item.file if item.file.lower().endswith(".eml") else f"{Path(item.file).stem}.eml"
        record_text, media_type, content = item.record_text, "message/rfc822", item.record
        if item.redact and spans_to_redact(record_text, topics):
            record_text = redact_text(record_text, find_sensitive(record_text), topics)
            name, media_type, content = redacted_filename(name), "application/pdf", text_pdf(record_text, note)
        kept.append(KeptDocument(storable_name(name), media_type, content, record_text, kind="application",
                                 note=("redacted," if media_type == "application/pdf" else "") + (item.kind or "")))
    return kept


def _content(item: FilePreview, limit: int) -> bytes | None:
    """The bytes duplicates are checked by: the file, or an e-mail's CV attachment."""
    if item.documents:
        return primary_document(item).content
    return _read_content(item.path, limit)


def _fill_missing(existing: Candidate, item: FilePreview) -> bool:
    """Merge: the new CV fills the existing candidate's empty contact fields (never overwrites)."""
    changed = False
    for attribute, value, limit in (("email", item.email, 320), ("phone", item.phone, 40), ("city", item.city, 120),
                                    ("linkedin_url", item.linkedin, 300)):
        if value and not getattr(existing, attribute):
            setattr(existing, attribute, value[:limit])
            changed = True
    return changed


def _note(item: FilePreview, stored: "StoredForm") -> str | None:
    """Codes only (no personal data): why the stored file may have no text, or that it is a
    redacted rendition ("redacted" first, so a long list can never cut it off)."""
    codes = (["redacted"] if stored.redacted else []) + [
        notice.code for notice in item.file_notices if notice.code not in ("duplicate-in-batch",)]
    return ",".join(codes)[:200] or None


@dataclass
class StoredForm:
    """What the vault keeps of one file: the original, or a redacted rendition in its place.

    ``original`` is used only in memory, for the keyed content hash that recognises the same
    file when it comes again; with redaction it is never written to the vault.
    """

    original: bytes = field(repr=False)
    filename: str = field(repr=False)
    media_type: str
    content: bytes = field(repr=False)
    text: str = field(repr=False)
    redacted: bool = False

    def attach(self, session, keys, clock, candidate: Candidate):
        document = attach_document(session, keys, clock, candidate, self.filename, self.media_type, self.content, self.text)
        if self.redacted:
            document.content_hash = content_hash(keys, self.original)
        return document


def stored_form(sandbox: Sandbox, clock, item: FilePreview, content: bytes, cancel: threading.Event | None = None) -> StoredForm:
    topics = tuple(item.findings.topics) if item.redact and item.redact_special else ()
    if item.documents:  # an e-mail: its attachments and the mail are redacted one by one (_store_documents)
        texts = [item.text, item.record_text] + [attached.text for attached in item.documents]
        redacted = item.redact and any(spans_to_redact(text, topics) for text in texts)
        text = redact_text(item.text, item.findings, topics) if redacted else item.text
        return StoredForm(content, storable_name(item.file), _media_type(item), content, text, redacted=redacted)
    spans = spans_to_redact(item.text, topics) if item.redact else []
    if not spans:
        return StoredForm(content, storable_name(item.file), _media_type(item), content, item.text)
    text = redact_text(item.text, item.findings, topics)
    note = translate("import", REDACTED_NOTE).format(date=long_date(clock.today()))
    rendition = None
    if item.kind == "pdf":
        expected = {span.value for span in item.findings.spans}
        rendition = sandbox.redacted_pdf(item.path, note, expected, topics, cancel, item.password)
    if rendition is None:
        rendition = text_pdf(text, note)
    return StoredForm(content, redacted_filename(storable_name(item.file)), "application/pdf", rendition, text, redacted=True)


REDACTED_NOTE = N_("import", "Redacted copy made by RecruitDesk on {date}: sensitive data was blacked out; the original file was not kept.")


def redacted_filename(name: str) -> str:
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return translate("import", "{name} (redacted).pdf").format(name=stem)


def _changed(item: FilePreview) -> bool:
    try:
        stat = item.path.stat()
    except OSError:
        return True
    return item._stamp != (stat.st_size, stat.st_mtime_ns)


def _read_content(path: Path, limit: int) -> bytes | None:
    """The original bytes, to store encrypted (reading bytes is not parsing); never through a link."""
    return read_regular_file(path, limit)

