"""Readers, one per format. They run only inside the worker process, never in the app.

Each reader returns an ``Extracted`` (text plus notes) or raises ``ReaderFailure`` with a code
from ``recruitdesk.importing.failures``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Extracted:
    text: str
    notes: list[tuple[str, dict]] = field(default_factory=list)


class ReaderFailure(Exception):
    """A reason the file cannot be read, as a failure code and its (non-personal) parameters."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params
