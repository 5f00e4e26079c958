"""The bounds one file may consume while it is read. One place, so tests can tighten them."""

from __future__ import annotations

from dataclasses import asdict, dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 50 * MB  # a CV above this is not a CV
    timeout_seconds: float = 60.0  # wall clock per file, including a worker start
    memory_bytes: int = 1536 * MB  # RLIMIT_AS of the worker (virtual memory, POSIX only)
    max_text_chars: int = 1_000_000  # text kept per file; more is truncated with a note
    max_output_bytes: int = 96 * MB  # the worker's reply (a mail's reply carries its attachments' bytes)
    max_unpacked_bytes: int = 200 * MB  # total uncompressed size of a DOCX/ODT, as really decompressed
    max_xml_part_bytes: int = 32 * MB  # one XML part of a DOCX/ODT (parsed into a tree: memory grows ~10x)
    max_compression_ratio: int = 200  # per member, for members larger than 1 MB
    max_zip_members: int = 5000
    max_pdf_pages: int = 40  # CVs are short; a 900-page PDF is read only this far
    max_pdf_page_content_bytes: int = 16 * MB  # one page's content streams, decompressed
    cpu_seconds_per_file: float = 20.0  # the worker's CPU time for one file (see extract.budget)
    cpu_seconds_per_page: float = 4.0  # ... and for one PDF page
    ocr_cpu_seconds_per_page: float = 90.0  # CPU time (all threads) for recognising one page or picture
    ocr_seconds_per_page: float = 45.0  # wall clock: OCR stops at the page where the average exceeds this
    ocr_memory_bytes: int = 3072 * MB  # RLIMIT_AS while text recognition runs (POSIX only)

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> "Limits":
        known = {key: value for key, value in data.items() if key in cls.__dataclass_fields__}
        return cls(**known)  # type: ignore[arg-type]  # values come from our own to_json, one per field
