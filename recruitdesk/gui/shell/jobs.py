"""A job a dialog runs and waits for: a ``Task``, or a source's own chain of them.

A team's save may need the user in between (a colleague's newer version shown beside theirs), so
a dialog that saves through a source waits for a job, not a single task: ``finished(result)``,
``failed(error)``. ``NOT_SAVED`` is the result of a job the user ended without saving (they closed
the conflict dialog without choosing): the dialog keeps what they typed and saves nothing. Here in
the shell so any feature package's dialog can run one without importing another feature.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance


class Job(Protocol):
    @property
    def finished(self) -> SignalInstance: ...

    @property
    def failed(self) -> SignalInstance: ...

    def start(self) -> object: ...


class NotSaved:
    """What a job ends with when nothing was saved and the user's input must stay on screen."""

    def __repr__(self) -> str:
        return "NOT_SAVED"


NOT_SAVED = NotSaved()
